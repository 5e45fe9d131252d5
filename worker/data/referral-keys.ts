/**
 * @module Idempotency keys of `POST /api/v1/referrals`, kept as trusted APIs keep them: per
 * partner, with a hash of the request they came with, and forgotten after a day.
 */
import { sha256Hex } from './hash';

/** How long a key is remembered: a browser's retries come within minutes, a person's within the hour. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** The stored form of a partner's key: one partner's keys never meet another's, and the key itself is not kept. */
export const referralKeyHash = (partnerId: string, key: string): Promise<string> => sha256Hex(`${partnerId}\n${key}`);

/**
 * The hash of what a request asked for (its validated body, in the schema's field order). The
 * Turnstile token is left out: it is good once, so a retry of the same form carries a new one.
 */
export const referralRequestHash = (request: { readonly turnstileToken?: string | undefined }): Promise<string> => {
  const { turnstileToken: _, ...asked } = request;
  return sha256Hex(JSON.stringify(asked));
};

/** Whether a referral made at `createdAt` (ISO 8601 UTC) still holds its key at `now`. */
export const keyRemembered = (createdAt: string, now: Date): boolean =>
  Date.parse(createdAt) > now.getTime() - IDEMPOTENCY_KEY_HOURS * 3_600_000;

/**
 * Forgets the keys of referrals made before `beforeIso` (or only the one with `keyHash`): a random
 * hash takes the key's place, so the key may make a new referral. Returns how many were forgotten.
 */
export async function forgetIdempotencyKeys(db: D1Database, beforeIso: string, keyHash?: string): Promise<number> {
  const { meta } = await db
    .prepare(
      `UPDATE referrals SET idempotency_key_hash = lower(hex(randomblob(32))), request_hash = NULL
       WHERE request_hash IS NOT NULL AND created_at < ?1 AND (?2 IS NULL OR idempotency_key_hash = ?2)`,
    )
    .bind(beforeIso, keyHash ?? null)
    .run();
  return meta.changes;
}
