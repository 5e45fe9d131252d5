/**
 * @module The `legacy` signature: CyberScan's own headers from before the Standard Webhooks
 * format, kept unchanged for receivers that check them (worker/delivery/README.md). HMAC-SHA256
 * over `${timestamp}.${body}` with the secret's text as key, hex, one signature per request.
 */
export const LEGACY_TIMESTAMP_HEADER = 'X-CyberScan-Timestamp';
export const LEGACY_SIGNATURE_HEADER = 'X-CyberScan-Signature';
export const LEGACY_DELIVERY_HEADER = 'X-CyberScan-Delivery';

/** How old a signed timestamp may be (either way, for clock skew) before it counts as a replay: five minutes, as in the standard. */
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
export async function signLegacy(secret: string, timestamp: number, body: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(`${timestamp}.${body}`));
  return `sha256=${toHex(mac)}`;
}

/** The legacy headers of one delivery: its id (stable across retries), time and signature. */
export async function legacyHeaders(secret: string, deliveryId: string, timestamp: number, body: string): Promise<Record<string, string>> {
  return {
    [LEGACY_TIMESTAMP_HEADER]: String(timestamp),
    [LEGACY_SIGNATURE_HEADER]: await signLegacy(secret, timestamp, body),
    [LEGACY_DELIVERY_HEADER]: deliveryId,
  };
}

/**
 * Whether `headers` carry a valid legacy signature of `body` by `secret`, made within
 * {@link SIGNATURE_TOLERANCE_SECONDS} of `now`. `crypto.subtle.verify` compares in constant time,
 * so the check leaks nothing about how much of a forged signature was right.
 */
export async function verifyLegacy(secret: string | undefined, headers: Headers, body: string, now: Date): Promise<boolean> {
  const timestamp = headers.get(LEGACY_TIMESTAMP_HEADER) ?? '';
  const signature = fromHex((headers.get(LEGACY_SIGNATURE_HEADER) ?? '').replace(/^sha256=/, ''));
  if (!secret || signature === null || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(secret, 'verify'), signature, encoder.encode(`${timestamp}.${body}`));
}
