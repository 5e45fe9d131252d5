/**
 * @module What the console API answers, as the console reads it. Written out here because the
 * worker's own types live beside D1 code that a browser build cannot compile;
 * tests/console/api-shapes.ts holds them to the worker's (worker/routes/network-referrals*.ts).
 * Statistics need no copy: their shape is core's `StatisticsResponse`.
 */

/** Every status, in workflow order (worker/data/referral-inbox-workflow.ts). */
export const REFERRAL_STATUSES = ['new', 'contacted', 'scan_planned', 'scan_done', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** What a console may move a referral to; the detail says which of these apply now. */
export type SettableStatus = Exclude<ReferralStatus, 'new' | 'withdrawn'>;

export const DELIVERY_STATUSES = ['pending', 'queued', 'delivered', 'failed', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type Band = 'green' | 'orange' | 'red';

/** `GET /api/v1/console/me`. */
export type Identity = { readonly kind: 'admin' } | { readonly kind: 'network'; readonly network: { readonly id: string; readonly name: string } };

/** A row of the inbox. Personal fields are null once the referral is erased. */
export interface InboxReferral {
  readonly reference: string;
  readonly createdAt: string;
  readonly networkId: string;
  readonly companyName: string | null;
  readonly contactName: string | null;
  readonly overall: number;
  readonly band: Band;
  readonly status: ReferralStatus;
  readonly deliveryStatus: DeliveryStatus;
}

/** `GET /api/v1/console/referrals`. */
export interface InboxPage {
  readonly referrals: readonly InboxReferral[];
  readonly nextCursor: string | null;
}

export interface DeliveryAttempt {
  readonly channelKind: string;
  readonly attemptedAt: string;
  readonly outcome: 'ok' | 'error';
  readonly detail: string;
}

export interface StatusChange {
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly at: string;
  readonly by: 'network' | 'admin' | 'entrepreneur';
}

/** `GET /api/v1/console/referrals/:reference` → `{ referral }`. */
export interface ReferralDetail {
  readonly reference: string;
  readonly createdAt: string;
  readonly network: { readonly id: string; readonly name: string };
  readonly partner: { readonly id: string };
  readonly lang: string;
  readonly company: { readonly name: string | null; readonly postcode: number | null; readonly sector: string | null; readonly size: string | null };
  readonly contact: { readonly name: string | null; readonly email: string | null; readonly phone: string | null };
  readonly message: string | null;
  readonly assessment: {
    readonly bankVersion: string;
    readonly overall: number;
    readonly band: Band;
    readonly answersShared: boolean;
    /** Only when the entrepreneur shared the answers (and until erasure). */
    readonly answers?: Readonly<Record<string, string>>;
    /** With shared answers to the live bank: what to work on, most urgent first. */
    readonly adviceQuestionIds?: readonly string[];
  };
  readonly status: ReferralStatus;
  readonly nextStatuses: readonly SettableStatus[];
  readonly note: string | null;
  readonly closedAt: string | null;
  readonly withdrawnAt: string | null;
  readonly erasedAt: string | null;
  readonly delivery: {
    readonly status: DeliveryStatus;
    readonly queuedAt: string | null;
    readonly deliveredAt: string | null;
    readonly attempts: readonly DeliveryAttempt[];
  };
  readonly history: readonly StatusChange[];
}

/** The longest internal note (worker/schemas/network-referrals.ts). */
export const NOTE_MAX = 500;
