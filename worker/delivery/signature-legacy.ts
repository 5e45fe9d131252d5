/**
 * @module Signing webhooks, and checking a signature the way a receiver should (the development
 * inbox does). HMAC-SHA256 over `${timestamp}.${body}`, so a body cannot be replayed later with a
 * fresh timestamp. worker/delivery/README.md describes it for receivers.
 */

export const TIMESTAMP_HEADER = 'X-CyberScan-Timestamp';
export const SIGNATURE_HEADER = 'X-CyberScan-Signature';
export const DELIVERY_HEADER = 'X-CyberScan-Delivery';

/** How old a signed timestamp may be (either way, for clock skew) before it counts as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

const hmacKey = (secret: string, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);

const toHex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

/** The `X-CyberScan-Signature` value for `body` sent at `timestamp` (Unix seconds): `sha256=<hex>`. */
export async function signWebhook(secret: string, timestamp: number, body: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(`${timestamp}.${body}`));
  return `sha256=${toHex(mac)}`;
}

/**
 * Whether `headers` carry a valid signature of `body` by `secret`, made within
 * {@link SIGNATURE_TOLERANCE_SECONDS} of `now`. `crypto.subtle.verify` compares in constant time,
 * so the check leaks nothing about how much of a forged signature was right.
 */
export async function verifyWebhook(secret: string | undefined, headers: Headers, body: string, now: Date): Promise<boolean> {
  const timestamp = headers.get(TIMESTAMP_HEADER) ?? '';
  const signature = fromHex((headers.get(SIGNATURE_HEADER) ?? '').replace(/^sha256=/, ''));
  if (!secret || signature === null || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), signature, encoder.encode(`${timestamp}.${body}`));
}
