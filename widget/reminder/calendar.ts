/**
 * @module The re-check reminder as an iCalendar file (RFC 5545): one all-day event three months
 * after the check, holding the link that starts the re-check. Made in the browser and handed to
 * the visitor as a download, so no server ever learns who plans to come back, or when.
 */

/** What the reminder says, in the widget's language. */
export interface ReminderText {
  /** The event's title in the calendar. */
  readonly summary: string;
  /** Above the link in the event's notes. */
  readonly description: string;
}

/** What the file is made of. */
export interface ReminderInput {
  readonly text: ReminderText;
  /** The link that opens the earlier result as a re-check (core/recheck.ts). */
  readonly link: string;
  /** When the visitor made it: the event is three months after this day, in their own time zone. */
  readonly now: Date;
  /** Unique per file (RFC 5545 UID), e.g. `crypto.randomUUID()`. */
  readonly uid: string;
}

/** How many months after the check the reminder falls. */
export const REMINDER_MONTHS = 3;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A calendar day as iCalendar's DATE value, `YYYYMMDD`. */
const dateValue = (day: Date): string => `${pad(day.getFullYear(), 4)}${pad(day.getMonth() + 1)}${pad(day.getDate())}`;

/**
 * The local day `months` after `from`; a day the target month lacks (31 November) becomes that
 * month's last day, as people expect "three months from 30 November" to fall in February.
 */
export function monthsLater(from: Date, months: number): Date {
  const lastDay = new Date(from.getFullYear(), from.getMonth() + months + 1, 0).getDate();
  return new Date(from.getFullYear(), from.getMonth() + months, Math.min(from.getDate(), lastDay));
}

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export const escapeText = (value: string): string =>
  value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 3.1), continuing with CRLF and a space; never in
 * the middle of a UTF-8 character, so "één" survives a fold.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; a continuation line's leading space counts too.
    if (octets + size > 75) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

/** The whole .ics file: CRLF line ends, folded lines, one VEVENT with a reminder on its morning. */
export function reminderCalendar({ text, link, now, uid }: ReminderInput): string {
  const day = monthsLater(now, REMINDER_MONTHS);
  const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//CyberScan//Hercheck//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(day)}`,
    // An all-day event ends the next day (DTEND is exclusive).
    `DTEND;VALUE=DATE:${dateValue(next)}`,
    `SUMMARY:${escapeText(text.summary)}`,
    `DESCRIPTION:${escapeText(`${text.description}\n${link}`)}`,
    `URL:${link}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(text.summary)}`,
    // Nine hours after the day starts: at 09:00 that morning, not at midnight.
    'TRIGGER:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
