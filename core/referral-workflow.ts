/**
 * @module The statuses a referral moves through in the network console, and which moves are
 * allowed: forward along new → contacted → scan_planned → scan_done (steps may be skipped, a
 * call can plan the scan at once), or to declined from any open status. Closed is final.
 * `withdrawn` is set only by the entrepreneur (worker/data/withdrawal.ts), never by a network.
 */

/** Every status, in workflow order. */
export const INBOX_STATUSES = ['new', 'contacted', 'scan_planned', 'scan_done', 'declined', 'withdrawn'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** Delivery as a network sees it; `cancelled`: erased before it was delivered. */
export const INBOX_DELIVERY_STATUSES = ['pending', 'queued', 'delivered', 'failed', 'cancelled'] as const;
export type InboxDeliveryStatus = (typeof INBOX_DELIVERY_STATUSES)[number];

/** The statuses a console may set. */
export const SETTABLE_STATUSES = ['contacted', 'scan_planned', 'scan_done', 'declined'] as const satisfies readonly InboxStatus[];
export type SettableStatus = (typeof SETTABLE_STATUSES)[number];

/** Statuses in which the network is still working on a referral. */
export const OPEN_STATUSES = ['new', 'contacted', 'scan_planned'] as const satisfies readonly InboxStatus[];

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
