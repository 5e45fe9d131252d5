/** @module Hands the re-check reminder to the visitor as a file download, made and kept in the browser. */
import { reminderCalendar, type ReminderText } from './calendar';

/** The file's name in the visitor's downloads. */
export const REMINDER_FILE = 'cyberscan-hercheck.ics';

/** Downloads {@link REMINDER_FILE}: a reminder three months from today that holds `link`. */
export function downloadReminder(text: ReminderText, link: string): void {
  const file = new Blob([reminderCalendar({ text, link, now: new Date(), uid: `${crypto.randomUUID()}@cyberscan` })], { type: 'text/calendar' });
  const anchor = document.createElement('a');
  anchor.href = URL.createObjectURL(file);
  anchor.download = REMINDER_FILE;
  anchor.click();
  // Revoked after the click has been handled: revoked at once, some browsers download nothing.
  setTimeout(() => URL.revokeObjectURL(anchor.href));
}
