/**
 * @module Checking a received webhook the way a network's system does: the development inbox
 * uses it. A standard signature is checked by the maintained `standardwebhooks` library, as the
 * README tells receivers to, not by this project's own signing code; a legacy one by the check
 * the README gave receivers before.
 */
import { Webhook } from 'standardwebhooks';
import type { InboxSignature } from '../data';
import { LEGACY_DELIVERY_HEADER, LEGACY_SIGNATURE_HEADER, verifyLegacy } from './signature-legacy';
import { STANDARD_ID_HEADER, STANDARD_SIGNATURE_HEADER, STANDARD_TIMESTAMP_HEADER } from './signature-standard';

/** What a received webhook carried, and whether its signature holds. */
export interface ReceivedSignature {
  readonly signature: InboxSignature;
  readonly ok: boolean;
  /** Its de-duplication key, `(none)` when it names none. */
  readonly delivery: string;
}

/** The library's check: it throws on a bad signature, a stale timestamp or a secret it cannot decode. */
function standardHolds(secret: string, headers: Headers, body: string): boolean {
  try {
    const named = [STANDARD_ID_HEADER, STANDARD_TIMESTAMP_HEADER, STANDARD_SIGNATURE_HEADER].map((name) => [name, headers.get(name) ?? '']);
    new Webhook(secret).verify(body, Object.fromEntries(named), { jsonParse: false });
    return true;
  } catch {
    return false;
  }
}

/** Checks `headers` and `body` with `secret` at `now`; a request with both kinds is judged as standard. */
export async function checkReceived(secret: string | undefined, headers: Headers, body: string, now: Date): Promise<ReceivedSignature> {
  if (headers.has(STANDARD_SIGNATURE_HEADER)) {
    return {
      signature: 'standard',
      ok: secret !== undefined && secret !== '' && standardHolds(secret, headers, body),
      delivery: headers.get(STANDARD_ID_HEADER) ?? '(none)',
    };
  }
  return {
    signature: headers.has(LEGACY_SIGNATURE_HEADER) ? 'legacy' : 'none',
    ok: await verifyLegacy(secret, headers, body, now),
    delivery: headers.get(LEGACY_DELIVERY_HEADER) ?? '(none)',
  };
}
