/**
 * The standard signature on its own, against the example the Standard Webhooks specification's
 * libraries are tested with (secret, id, timestamp and body below, and the signature they give):
 * what the worker sends matches it, and the development inbox's check (WebCrypto, no library)
 * accepts exactly what a receiver following the specification accepts.
 */
import { describe, expect, it } from 'vitest';
import { standardHeaders, standardKey, verifyStandard } from '../../worker/delivery/signature-standard';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const ID = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const TIMESTAMP = 1614265330;
const BODY = '{"test": 2432232314}';
const SIGNATURE = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
const OTHER = 'whsec_bm90LXRoZS1zcGVjaWZpY2F0aW9uLWtleQ==';

const signed = (signature: string, id = ID, timestamp = String(TIMESTAMP)) =>
  new Headers({ 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature });
const at = (seconds: number) => new Date(seconds * 1000);

describe('the standard signature', () => {
  it("signs the specification's example to its published signature", async () => {
    const headers = await standardHeaders([standardKey(SECRET)!], ID, TIMESTAMP, BODY);
    expect(headers).toEqual({ 'webhook-id': ID, 'webhook-timestamp': String(TIMESTAMP), 'webhook-signature': SIGNATURE });
  });

  it('signs once per key during a rotation, space-separated', async () => {
    const headers = await standardHeaders([standardKey(OTHER)!, standardKey(SECRET)!], ID, TIMESTAMP, BODY);
    expect(headers['webhook-signature']).toMatch(new RegExp(`^v1,[A-Za-z0-9+/]{43}= ${SIGNATURE.replace(/[+/]/g, '\\$&')}$`));
  });

  it('accepts the example within five minutes either way, also as the second entry or beside another version', async () => {
    expect(await verifyStandard(SECRET, signed(SIGNATURE), BODY, at(TIMESTAMP))).toBe(true);
    expect(await verifyStandard(SECRET, signed(SIGNATURE), BODY, at(TIMESTAMP + 300))).toBe(true);
    expect(await verifyStandard(SECRET, signed(SIGNATURE), BODY, at(TIMESTAMP - 300))).toBe(true);
    expect(await verifyStandard(SECRET, signed(`v1,${'A'.repeat(43)}= ${SIGNATURE}`), BODY, at(TIMESTAMP))).toBe(true);
    expect(await verifyStandard(SECRET, signed(`v1a,c29tZXRoaW5nIGVsc2U= ${SIGNATURE}`), BODY, at(TIMESTAMP))).toBe(true);
  });

  it.each([
    ['a changed body', SECRET, signed(SIGNATURE), '{"test": 2432232315}', TIMESTAMP],
    ['another secret', OTHER, signed(SIGNATURE), BODY, TIMESTAMP],
    ['a secret not in whsec_ format', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', signed(SIGNATURE), BODY, TIMESTAMP],
    ['no secret', undefined, signed(SIGNATURE), BODY, TIMESTAMP],
    ['another id', SECRET, signed(SIGNATURE, 'msg_other'), BODY, TIMESTAMP],
    ['no id', SECRET, signed(SIGNATURE, ''), BODY, TIMESTAMP],
    ['a timestamp over five minutes old', SECRET, signed(SIGNATURE), BODY, TIMESTAMP + 301],
    ['a timestamp over five minutes ahead', SECRET, signed(SIGNATURE), BODY, TIMESTAMP - 301],
    ['a timestamp that is no number', SECRET, signed(SIGNATURE, ID, `${TIMESTAMP}x`), BODY, TIMESTAMP],
    ['the signature under another version', SECRET, signed(SIGNATURE.replace('v1,', 'v2,')), BODY, TIMESTAMP],
    ['a cut signature', SECRET, signed(SIGNATURE.slice(0, -2)), BODY, TIMESTAMP],
  ] as const)('refuses %s', async (_case, secret, headers, body, now) => {
    expect(await verifyStandard(secret, headers, body, at(now))).toBe(false);
  });
});
