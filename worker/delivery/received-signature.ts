/**
 * @module Checking a received webhook the way a network's system does: the development inbox
 * uses it. A standard signature is checked as the specification tells a receiver to
 * (`verifyStandard`: WebCrypto's own HMAC check, not the signing code); a legacy one by the check
 * the README gave receivers before. The tests check what the worker sends with the maintained
 * `standardwebhooks` library, as the README tells receivers to.
 */
import type { InboxSignature } from '../data';
import { LEGACY_DELIVERY_HEADER, LEGACY_SIGNATURE_HEADER, verifyLegacy } from './signature-legacy';
import { STANDARD_ID_HEADER, STANDARD_SIGNATURE_HEADER, verifyStandard } from './signature-standard';

/** What a received webhook carried, and whether its signature holds. */
export interface ReceivedSignature {
  readonly signature: InboxSignature;
  readonly ok: boolean;
  /** Its de-duplication key, `(none)` when it names none. */
  readonly delivery: string;
}

/** Checks `headers` and `body` with `secret` at `now`; a request with both kinds is judged as standard. */
export async function checkReceived(secret: string | undefined, headers: Headers, body: string, now: Date): Promise<ReceivedSignature> {
  if (headers.has(STANDARD_SIGNATURE_HEADER)) {
    return {
      signature: 'standard',
      ok: await verifyStandard(secret, headers, body, now),
      delivery: headers.get(STANDARD_ID_HEADER) ?? '(none)',
    };
  }
  return {
    signature: headers.has(LEGACY_SIGNATURE_HEADER) ? 'legacy' : 'none',
    ok: await verifyLegacy(secret, headers, body, now),
    delivery: headers.get(LEGACY_DELIVERY_HEADER) ?? '(none)',
  };
}
