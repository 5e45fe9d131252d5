/**
 * @module The `standard` signature, per the Standard Webhooks specification, so a receiver can
 * check it with a maintained library in its own language: `webhook-signature` holds
 * `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` for each secret, space-separated, the key
 * being the base64 after a secret's `whsec_` prefix. Signing and checking use WebCrypto: the
 * specification's library would add about 12 KB to the worker bundle (issue 14).
 */
import { SIGNATURE_TOLERANCE_SECONDS } from './signature-legacy';

export const STANDARD_ID_HEADER = 'webhook-id';
export const STANDARD_TIMESTAMP_HEADER = 'webhook-timestamp';
export const STANDARD_SIGNATURE_HEADER = 'webhook-signature';

/** The prefix of a secret in the specification's format. */
export const SECRET_PREFIX = 'whsec_';

const encoder = new TextEncoder();

/** The HMAC key in a `whsec_<base64>` secret, or null when the secret is not in that format. */
export function standardKey(secret: string): Uint8Array<ArrayBuffer> | null {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : '';
  if (!/^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(encoded)) return null;
  return Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
}

async function signOnce(key: Uint8Array<ArrayBuffer>, content: Uint8Array<ArrayBuffer>): Promise<string> {
  const hmacKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, content));
  return `v1,${btoa(String.fromCharCode(...mac))}`;
}

/**
 * The standard headers of one delivery, signed with every key in `keys` (two during a rotation:
 * a receiver that knows either one accepts it). `deliveryId` is the same on every retry.
 */
export async function standardHeaders(
  keys: readonly Uint8Array<ArrayBuffer>[],
  deliveryId: string,
  timestamp: number,
  body: string,
): Promise<Record<string, string>> {
  const content = encoder.encode(`${deliveryId}.${timestamp}.${body}`);
  const signatures = await Promise.all(keys.map((key) => signOnce(key, content)));
  return {
    [STANDARD_ID_HEADER]: deliveryId,
    [STANDARD_TIMESTAMP_HEADER]: String(timestamp),
    [STANDARD_SIGNATURE_HEADER]: signatures.join(' '),
  };
}

/** The MAC in a `v1,<base64>` entry of the signature header, or null for another version or a malformed one. */
function macOf(entry: string): Uint8Array<ArrayBuffer> | null {
  const base64 = /^v1,([A-Za-z0-9+/]{43}=)$/.exec(entry)?.[1];
  return base64 === undefined ? null : Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/**
 * Whether `headers` carry a standard signature of `body` by `secret` (`whsec_` format), made within
 * {@link SIGNATURE_TOLERANCE_SECONDS} of `now`, as the specification tells a receiver to check:
 * any one `v1` entry of the space-separated list may match (a sender rotating its secret signs
 * twice), entries of other versions are skipped. `crypto.subtle.verify` compares in constant time.
 */
export async function verifyStandard(secret: string | undefined, headers: Headers, body: string, now: Date): Promise<boolean> {
  const key = secret === undefined ? null : standardKey(secret);
  const id = headers.get(STANDARD_ID_HEADER) ?? '';
  const timestamp = headers.get(STANDARD_TIMESTAMP_HEADER) ?? '';
  if (key === null || id === '' || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const hmacKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  const content = encoder.encode(`${id}.${timestamp}.${body}`);
  for (const mac of (headers.get(STANDARD_SIGNATURE_HEADER) ?? '').split(' ').map(macOf)) {
    if (mac !== null && (await crypto.subtle.verify('HMAC', hmacKey, mac, content))) return true;
  }
  return false;
}
