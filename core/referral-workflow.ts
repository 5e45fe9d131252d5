/**
 * @module The statuses a referral moves through in the network console, and which moves are
 * sensible: new → contacted → scan_planned → scan_done, where a first call may plan the scan at
 * once (new → scan_planned), but a scan is never done before it was planned; declined from any
 * open status. A closed referral may be reopened by its network within {@link REOPEN_DAYS} days,
 * with a reason. `withdrawn` is set only by the entrepreneur (worker/data/withdrawal.ts), never
 * by a network, and is final.
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
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** How long after closing a network may reopen a referral (a wrong click, a company that calls back). */
export const REOPEN_DAYS = 14;

const NEXT: Readonly<Record<OpenStatus, readonly SettableStatus[]>> = {
  new: ['contacted', 'scan_planned', 'declined'],
  contacted: ['scan_planned', 'declined'],
  scan_planned: ['scan_done', 'declined'],
};

export const isOpen = (status: InboxStatus): status is OpenStatus => (OPEN_STATUSES as readonly InboxStatus[]).includes(status);

/** Whether a status closes the referral (its `closed_at` is set then). */
export const isClosing = (status: InboxStatus): boolean => !isOpen(status);

/** The statuses a console may move a referral in `from` to; empty once it is closed. */
export function nextStatuses(from: InboxStatus): SettableStatus[] {
  return isOpen(from) ? [...NEXT[from]] : [];
}

/** What reopening needs to know of a referral. */
export interface ReopenCandidate {
  readonly status: InboxStatus;
  readonly closedAt: string | null;
  readonly erasedAt: string | null;
}

/**
 * The last moment `referral` may be reopened (ISO 8601), or null when it never may: it is open,
 * withdrawn by the entrepreneur (their wish is final), or erased.
 */
export function reopenUntil(referral: ReopenCandidate): string | null {
  if (referral.closedAt === null || referral.erasedAt !== null) return null;
  if (referral.status !== 'scan_done' && referral.status !== 'declined') return null;
  return new Date(Date.parse(referral.closedAt) + REOPEN_DAYS * 86_400_000).toISOString();
}

/** Whether `referral` may be reopened at `now`. */
export const mayReopen = (referral: ReopenCandidate, now: Date): boolean => {
  const until = reopenUntil(referral);
  return until !== null && now.toISOString() <= until;
};
