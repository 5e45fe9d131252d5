/**
 * @module The contract of the operators' delivery routes (`/api/v1/console/delivery/...` and
 * resending), shared by the worker that answers and the console that asks.
 */
import type { InboxDeliveryStatus } from './referral-workflow';

/** `GET /api/v1/console/delivery/status` (admin): is delivery keeping up? */
export interface DeliveryStatusReport {
  /** Referrals per delivery status, every status present (0 when none). */
  readonly counts: Readonly<Record<InboxDeliveryStatus, number>>;
  /** Seconds since the oldest referral still pending or queued was made; null when none is. */
  readonly oldestUndeliveredAgeSeconds: number | null;
}

/** What resending answers: how many referrals went back onto the delivery queue. */
export interface ResendResponse {
  readonly resent: number;
}
