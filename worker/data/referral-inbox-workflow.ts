/**
 * @module The statuses a referral moves through in the network console, and which moves are
 * allowed: forward along new → contacted → scan_planned → scan_done (steps may be skipped, a
 * call can plan the scan at once), or to declined from any open status. Closed is final.
 * `withdrawn` is set only by the entrepreneur (worker/data/withdrawal.ts), never by a network.
 */
import type { ReferralStatus } from './referrals';

export type InboxStatus = ReferralStatus | 'withdrawn';

/** Every status, in workflow order. */
export const INBOX_STATUSES = ['new', 'contacted', 'scan_planned', 'scan_done', 'declined', 'withdrawn'] as const satisfies readonly InboxStatus[];

/** The statuses a console may set. */
export const SETTABLE_STATUSES = ['contacted', 'scan_planned', 'scan_done', 'declined'] as const satisfies readonly InboxStatus[];
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** Statuses in which the network is still working on a referral. */
export const OPEN_STATUSES = ['new', 'contacted', 'scan_planned'] as const satisfies readonly InboxStatus[];

/** The same list as an SQL `IN (...)` operand; the values are constants, never input. */
export const OPEN_STATUSES_SQL = `(${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')})`;

const FORWARD: readonly InboxStatus[] = ['new', 'contacted', 'scan_planned', 'scan_done'];

export const isOpen = (status: InboxStatus): boolean => (OPEN_STATUSES as readonly InboxStatus[]).includes(status);

/** Whether a status closes the referral (its `closed_at` is set then). */
export const isClosing = (status: InboxStatus): boolean => !isOpen(status);

/** The statuses a console may move a referral in `from` to; empty once it is closed. */
export function nextStatuses(from: InboxStatus): SettableStatus[] {
  if (!isOpen(from)) return [];
  const later = FORWARD.slice(FORWARD.indexOf(from) + 1) as SettableStatus[];
  return [...later, 'declined'];
}
