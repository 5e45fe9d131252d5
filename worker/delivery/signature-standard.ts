/**
 * @module The `standard` signature, per the Standard Webhooks specification, so a receiver can
 * check it with a maintained library in its own language: `webhook-signature` holds
 * `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">` for each secret, space-separated, the key
 * being the base64 after a secret's `whsec_` prefix.
 */

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
