/**
 * Webhooks signed per Standard Webhooks: every referral and withdrawal notice the worker's real
 * queue handler sends (real D1, real signing, the receiver's fetch captured) is checked with the
 * `standardwebhooks` library. Also the legacy format, kept unchanged for receivers still on it.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getReferral, listAttempts } from '../../worker/data';
import { verifyLegacy } from '../../worker/delivery/signature-legacy';
import {
  consume, libraryVerdict, receiverAnswering, referralTo, whsec, withdrawnReferralTo, withHeader,
} from './webhook-receiver';

const STANDARD = 'cyberwerf';
const LEGACY = 'cybernetwerk-utrecht';
const NOT_WHSEC = 'cyberchef-flevoland';
const SECRET = whsec('cyberwerf standard key');
const LEGACY_SECRET = 'utrecht-legacy-key';
const testEnv = { ...env, CYBERWERF_KEY: SECRET, UTRECHT_KEY: LEGACY_SECRET, FLEVOLAND_KEY: 'plain-text-key' };

beforeAll(async () => {
  const add = (network: string, target: string, secretRef: string, format: string | null) =>
    env.DB.prepare(
      `INSERT INTO network_channels (network_id, kind, target, secret_ref, signature_format)
       VALUES (?1, 'webhook', ?2, ?3, coalesce(?4, 'standard'))`,
    ).bind(network, target, secretRef, format);
  await env.DB.batch([
    // A new channel gets the default: standard.
    env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES (?1, 'webhook', 'https://crm.cyberwerf.example/hook', 'CYBERWERF_KEY')").bind(STANDARD),
    add(LEGACY, 'https://crm.utrecht.example/hook', 'UTRECHT_KEY', 'legacy'),
    add(NOT_WHSEC, 'https://crm.flevoland.example/hook', 'FLEVOLAND_KEY', null),
  ]);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a standard channel', () => {
  it('is what a new channel gets', async () => {
    const row = await env.DB.prepare('SELECT signature_format FROM network_channels WHERE network_id = ?1').bind(STANDARD).first();
    expect(row).toEqual({ signature_format: 'standard' });
  });

  it('sends a referral that the standardwebhooks library verifies, with the reference as webhook-id', async () => {
    const referral = await referralTo(STANDARD);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, testEnv);
    expect(received).toHaveLength(1);
    const [request] = received as [(typeof received)[0]];
    expect(libraryVerdict(SECRET, request)).toMatchObject({ event: 'referral.created', reference: referral.reference });
    expect(request.headers.get('webhook-id')).toBe(referral.reference);
    expect(request.headers.get('webhook-signature')).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(Math.abs(Number(request.headers.get('webhook-timestamp')) - Date.now() / 1000)).toBeLessThan(60);
    expect([...['x-cyberscan-signature', 'x-cyberscan-timestamp', 'x-cyberscan-delivery'].filter((name) => request.headers.has(name))]).toEqual([]);
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('delivered');
  });

  it('sends a withdrawal notice that the library verifies, with webhook-id <reference>/withdrawn', async () => {
    const referral = await withdrawnReferralTo(STANDARD);
    const received = receiverAnswering(204);
    await consume({ withdrawnReferralId: referral.id }, testEnv);
    const [request] = received as [(typeof received)[0]];
    expect(libraryVerdict(SECRET, request)).toMatchObject({ event: 'referral.withdrawn', reference: referral.reference });
    expect(request.headers.get('webhook-id')).toBe(`${referral.reference}/withdrawn`);
  });

  it('keeps webhook-id the same on every retry, each try freshly signed and verified', async () => {
    const referral = await referralTo(STANDARD);
    const received = receiverAnswering(503, 500, 204);
    for (let attempt = 1; attempt <= 3; attempt++) await consume({ referralId: referral.id }, testEnv, attempt);
    expect(received.map((request) => request.headers.get('webhook-id'))).toEqual(Array(3).fill(referral.reference));
    expect(received.map((request) => libraryVerdict(SECRET, request))).toEqual(Array(3).fill(expect.objectContaining({ reference: referral.reference })));
  });

  it('is refused by the library when the body, the id or the secret is not the one signed', async () => {
    const referral = await referralTo(STANDARD);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, testEnv);
    const [request] = received as [(typeof received)[0]];
    const tampered = { ...request, body: request.body.replace('Bakkerij De Korenschoof', 'Bakkerij De Vervalser') };
    expect(tampered.body).not.toBe(request.body);
    expect(libraryVerdict(SECRET, tampered)).toBe('rejected: No matching signature found');
    expect(libraryVerdict(SECRET, withHeader(request, 'webhook-id', 'CS-0000-0000'))).toBe('rejected: No matching signature found');
    expect(libraryVerdict(whsec('some other key'), request)).toBe('rejected: No matching signature found');
  });

  it('is refused by the library once its timestamp is more than five minutes old (a replay)', async () => {
    const referral = await referralTo(STANDARD);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, testEnv);
    const [request] = received as [(typeof received)[0]];
    const sentAt = Number(request.headers.get('webhook-timestamp')) * 1000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(sentAt + 4 * 60_000);
    expect(libraryVerdict(SECRET, request)).toMatchObject({ reference: referral.reference });
    vi.setSystemTime(sentAt + 6 * 60_000);
    expect(libraryVerdict(SECRET, request)).toBe('rejected: Message timestamp too old');
  });

  it('is not sent with a secret outside the whsec_ format, and the attempt says which secret', async () => {
    const referral = await referralTo(NOT_WHSEC);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, testEnv);
    expect(received).toEqual([]);
    expect((await listAttempts(env.DB, referral.id))[0]).toMatchObject({ outcome: 'error', detail: expect.stringContaining('FLEVOLAND_KEY is not in the whsec_ format') });
  });
});

describe('a legacy channel', () => {
  it('keeps the X-CyberScan headers of before, and sends no standard ones', async () => {
    const referral = await referralTo(LEGACY);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, testEnv);
    const [request] = received as [(typeof received)[0]];
    expect(request.headers.get('X-CyberScan-Delivery')).toBe(referral.reference);
    expect(request.headers.get('X-CyberScan-Signature')).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(await verifyLegacy(LEGACY_SECRET, request.headers, request.body, new Date())).toBe(true);
    expect(['webhook-id', 'webhook-timestamp', 'webhook-signature'].filter((name) => request.headers.has(name))).toEqual([]);
  });

  it('signs a withdrawal notice the same way', async () => {
    const referral = await withdrawnReferralTo(LEGACY);
    const received = receiverAnswering(204);
    await consume({ withdrawnReferralId: referral.id }, testEnv);
    const [request] = received as [(typeof received)[0]];
    expect(request.headers.get('X-CyberScan-Delivery')).toBe(`${referral.reference}/withdrawn`);
    expect(await verifyLegacy(LEGACY_SECRET, request.headers, request.body, new Date())).toBe(true);
  });
});
