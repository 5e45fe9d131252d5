/**
 * @module What the network console API (`/api/v1/console`) answers: one contract that the worker's
 * routes are typed with and the console (console/) reads, so the two cannot drift apart.
 * Statistics have their own: `StatisticsResponse` in core/statistics/publication.ts.
 */
import type { Answers } from './answers';
import type { InboxDeliveryStatus, InboxStatus, SettableStatus } from './referral-workflow';
import type { Band } from './scoring';

/** The longest internal note, in characters: a reminder, not a case file. */
export const NOTE_MAX = 500;

/** `GET /api/v1/console/me`. */
export type Identity =
  | { readonly kind: 'admin' }
  | { readonly kind: 'network'; readonly network: { readonly id: string; readonly name: string } };

/** A row of the inbox. Personal fields are null once the referral is erased. */
export interface InboxItem {
  readonly reference: string;
  readonly createdAt: string;
  readonly networkId: string;
  readonly partnerId: string;
  readonly companyName: string | null;
  readonly contactName: string | null;
  readonly postcode: number | null;
  readonly sector: string | null;
  readonly size: string | null;
  readonly overall: number;
  readonly band: Band;
  readonly status: InboxStatus;
  readonly deliveryStatus: InboxDeliveryStatus;
  readonly closedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly erasedAt: string | null;
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
}

/**
 * `GET /api/v1/console/referrals/:reference` → `{ referral }`. Grouped as in the webhook payload
 * (worker/delivery/payload.ts), so a network reads one shape. `answers` and `adviceQuestionIds`
 * are there only when the entrepreneur shared the answers and they are not erased.
 */
export interface ReferralDetail {
  readonly reference: string;
  readonly createdAt: string;
  readonly network: { readonly id: string; readonly name: string };
  readonly partner: { readonly id: string };
  readonly lang: string;
  readonly company: {
    readonly name: string | null;
    readonly postcode: number | null;
    readonly sector: string | null;
    readonly size: string | null;
  };
  readonly contact: { readonly name: string | null; readonly email: string | null; readonly phone: string | null };
  readonly message: string | null;
  readonly assessment: {
    readonly bankVersion: string;
    readonly overall: number;
    readonly band: Band;
    readonly answersShared: boolean;
    readonly answers?: Answers;
    /** With shared answers to the live bank: what to work on, most urgent first. */
    readonly adviceQuestionIds?: readonly string[];
  };
  readonly status: InboxStatus;
  /** What the console may offer as the next status; empty once closed or erased. */
  readonly nextStatuses: readonly SettableStatus[];
  readonly note: string | null;
  readonly closedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly erasedAt: string | null;
  readonly delivery: {
    readonly status: InboxDeliveryStatus;
    readonly queuedAt: string | null;
    readonly deliveredAt: string | null;
    readonly attempts: readonly DeliveryAttempt[];
  };
  readonly history: readonly StatusChange[];
}
