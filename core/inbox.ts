/**
 * @module The inbox: a network's referrals as the console API (`/api/v1/console/referrals`) answers
 * them, one contract that the worker's routes are typed with and the console (console/inbox/)
 * reads, so the two cannot drift apart. Who is signed in: core/console-identity.ts; statistics:
 * `StatisticsResponse` in core/statistics/publication.ts.
 */
import type { RecheckInvitation } from './recheck-invitation';
import type { ReferralView } from './referral-view';
import type { InboxDeliveryStatus, InboxStatus, SettableStatus } from './referral-workflow';
import type { SectorId, SizeId } from './profile';
import type { Band } from './scoring';

/** The longest internal note, in characters: a reminder, not a case file. */
export const NOTE_MAX = 500;

/** A row of the inbox. Personal fields are null once the referral is erased. */
export interface InboxItem {
  readonly reference: string;
  /** ISO 8601 UTC; once erased only the day is kept (T00:00:00.000Z), so show the date alone. */
  readonly createdAt: string;
  readonly networkId: string;
  readonly networkName: string;
  readonly partnerId: string;
  /** The partner's name; its id when the partner was removed meanwhile. */
  readonly partnerName: string;
  readonly companyName: string | null;
  readonly contactName: string | null;
  readonly postcode: number | null;
  readonly sector: SectorId | null;
  readonly size: SizeId | null;
  readonly overall: number;
  readonly band: Band;
  readonly status: InboxStatus;
  readonly deliveryStatus: InboxDeliveryStatus;
  readonly closedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly erasedAt: string | null;
  /** The planned scan's day (YYYY-MM-DD) and who goes, while or since it was planned. */
  readonly scanPlannedOn: string | null;
  readonly scanPlannedBy: string | null;
  /** Closed as a duplicate of this reference. */
  readonly duplicateOf: string | null;
  /**
   * "Mogelijk dubbel": the references of other live referrals to the same network with the same
   * e-mail address or company name (case ignored) within {@link DUPLICATE_WINDOW_DAYS} days, oldest first.
   */
  readonly possibleDuplicates: readonly string[];
}

/** Two requests this close together from the same e-mail or company are probably one. */
export const DUPLICATE_WINDOW_DAYS = 30;

/** The longest search text (`q=`): a company name, a contact name, an e-mail address or a reference. */
export const SEARCH_MAX = 100;

/** The longest "who goes" of a planned scan, and of a reason for reopening or closing as duplicate. */
export const SCAN_PLANNED_BY_MAX = 100;
export const REASON_MAX = 500;

/**
 * `PATCH /api/v1/console/referrals/:reference`. `scanPlannedOn` is required with
 * `status: 'scan_planned'` and may change while planned; `duplicateOf` only with `status: 'declined'`.
 */
export interface ReferralUpdate {
  readonly status?: SettableStatus;
  readonly note?: string | null;
  readonly scanPlannedOn?: string;
  readonly scanPlannedBy?: string | null;
  readonly duplicateOf?: string;
}

/** `GET /api/v1/console/referrals`: pass `nextCursor` as `cursor` for the next page. */
export interface InboxPage {
  readonly referrals: readonly InboxItem[];
  readonly nextCursor: string | null;
}

/** One try to deliver a referral; `detail` is an HTTP status or an error message, never the payload. */
export interface DeliveryAttempt {
  readonly channelKind: 'webhook' | 'email';
  /** ISO 8601 UTC. */
  readonly attemptedAt: string;
  readonly outcome: 'ok' | 'error';
  readonly detail: string;
}

/** Who moved a referral: a network's console, an administrator, or the entrepreneur (withdrawal). */
export type StatusActor = 'network' | 'admin' | 'entrepreneur';

export interface StatusChange {
  readonly from: InboxStatus;
  readonly to: InboxStatus;
  readonly at: string;
  readonly by: StatusActor;
  /** The person whose token made the change ('' for the entrepreneur, or a token without a name). */
  readonly byName: string;
  /** Why, for a reopening or a duplicate. */
  readonly reason: string | null;
}

/**
 * `GET /api/v1/console/referrals/:reference` → `{ referral }`: the grouped referral of
 * core/referral-view.ts that the webhook payload also carries (personal fields null once erased),
 * with the partner's name and the console's workflow. `answers` and `adviceQuestionIds` are there
 * only when the entrepreneur shared the answers and they are not erased.
 */
export interface ReferralDetail extends Omit<ReferralView, 'partner'> {
  readonly partner: { readonly id: string; readonly name: string };
  readonly status: InboxStatus;
  /** What the console may offer as the next status; empty once closed or erased. */
  readonly nextStatuses: readonly SettableStatus[];
  /** Until when the network may reopen it (POST …/reopen); null while open, or when it never may. */
  readonly reopenUntil: string | null;
  readonly note: string | null;
  readonly closedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly erasedAt: string | null;
  readonly scan: { readonly plannedOn: string | null; readonly plannedBy: string | null };
  readonly duplicateOf: string | null;
  readonly possibleDuplicates: readonly string[];
  /** Requests closed as duplicates of this one: merged into it, oldest first. */
  readonly mergedDuplicates: readonly string[];
  readonly delivery: {
    readonly status: InboxDeliveryStatus;
    readonly queuedAt: string | null;
    readonly deliveredAt: string | null;
    readonly attempts: readonly DeliveryAttempt[];
  };
  readonly history: readonly StatusChange[];
  /** The invitation to do the check again after the scan, once asked for (core/recheck-invitation.ts). */
  readonly recheckInvitation: RecheckInvitation | null;
}
