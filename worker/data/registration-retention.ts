/**
 * @module How long a registration's contact e-mail address is kept: as long as a referral's
 * contact details (worker/data/retention-policy.ts), counted from the decision (RETENTION_DAYS_AFTER_CLOSE,
 * default 90), and at most RETENTION_MAX_DAYS (default 365) after the registration, decided or
 * not. The rest of the row (organisation, origins, decision) is no personal data and stays as history.
 */
import type { RetentionPolicy } from './retention';

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** Erases the contact e-mail of every registration past its period; returns how many. */
export async function eraseExpiredRegistrationEmails(db: D1Database, policy: RetentionPolicy, now: Date): Promise<number> {
  const { meta } = await db
    .prepare(
      `UPDATE partner_registrations SET contact_email = NULL, erased_at = ?3
       WHERE contact_email IS NOT NULL AND ((decided_at IS NOT NULL AND decided_at < ?1) OR created_day < substr(?2, 1, 10))`,
    )
    .bind(daysBefore(now, policy.daysAfterClose), daysBefore(now, policy.maxDays), now.toISOString())
    .run();
  return meta.changes;
}
