/**
 * Rotating a channel's secret without downtime: during the overlap every delivery carries a
 * signature by the new and by the old secret, so a receiver verifies it with either (checked with
 * the `standardwebhooks` library); afterwards only the new one signs.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { consume, libraryVerdict, receiverAnswering, referralTo, whsec, withdrawnReferralTo } from './webhook-receiver';

const NETWORK = 'cyberchef-amersfoort';
const OLD = whsec('amersfoort old key');
const NEW = whsec('amersfoort new key');
const rotationEnv = { ...env, AMERSFOORT_OLD: OLD, AMERSFOORT_NEW: NEW };
/** The same after the operator deleted the old Worker secret early. */
const oldDeletedEnv = { ...env, AMERSFOORT_NEW: NEW };

/** The channel as the admin tool leaves it after a rotation: new secret current, old one until `until`. */
async function channelRotated(until: Date) {
  await env.DB.prepare(
    `INSERT INTO network_channels (network_id, kind, target, secret_ref, previous_secret_ref, previous_secret_until)
     VALUES (?1, 'webhook', 'https://crm.amersfoort.example/hook', 'AMERSFOORT_NEW', 'AMERSFOORT_OLD', ?2)
     ON CONFLICT (network_id, kind, target) DO UPDATE SET previous_secret_until = excluded.previous_secret_until`,
  )
    .bind(NETWORK, until.toISOString())
    .run();
}

beforeEach(() => channelRotated(new Date(Date.now() + 24 * 3600_000)));
afterEach(() => vi.restoreAllMocks());

describe('during the overlap', () => {
  it('a referral carries two signatures, and the library accepts it with the new secret and with the old', async () => {
    const referral = await referralTo(NETWORK);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, rotationEnv);
    const [request] = received as [(typeof received)[0]];
    expect(request.headers.get('webhook-signature')).toMatch(/^v1,\S+ v1,\S+$/);
    expect(libraryVerdict(NEW, request)).toMatchObject({ event: 'referral.created', reference: referral.reference });
    expect(libraryVerdict(OLD, request)).toMatchObject({ event: 'referral.created', reference: referral.reference });
    expect(libraryVerdict(whsec('neither key'), request)).toBe('rejected: No matching signature found');
  });

  it('so does a withdrawal notice', async () => {
    const referral = await withdrawnReferralTo(NETWORK);
    const received = receiverAnswering(204);
    await consume({ withdrawnReferralId: referral.id }, rotationEnv);
    const [request] = received as [(typeof received)[0]];
    expect(libraryVerdict(NEW, request)).toMatchObject({ event: 'referral.withdrawn', reference: referral.reference });
    expect(libraryVerdict(OLD, request)).toMatchObject({ event: 'referral.withdrawn', reference: referral.reference });
  });

  it('an old secret already deleted from the Worker signs nothing, and the new one still delivers', async () => {
    const referral = await referralTo(NETWORK);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, oldDeletedEnv);
    const [request] = received as [(typeof received)[0]];
    expect(request.headers.get('webhook-signature')).toMatch(/^v1,\S+$/);
    expect(libraryVerdict(NEW, request)).toMatchObject({ reference: referral.reference });
  });
});

describe('after the overlap', () => {
  it('only the new secret signs: the library refuses a referral checked with the old one', async () => {
    await channelRotated(new Date(Date.now() - 1000));
    const referral = await referralTo(NETWORK);
    const received = receiverAnswering(204);
    await consume({ referralId: referral.id }, rotationEnv);
    const [request] = received as [(typeof received)[0]];
    expect(request.headers.get('webhook-signature')).toMatch(/^v1,\S+$/);
    expect(libraryVerdict(NEW, request)).toMatchObject({ reference: referral.reference });
    expect(libraryVerdict(OLD, request)).toBe('rejected: No matching signature found');
  });

  it('and a withdrawal notice likewise', async () => {
    await channelRotated(new Date(Date.now() - 1000));
    const referral = await withdrawnReferralTo(NETWORK);
    const received = receiverAnswering(204);
    await consume({ withdrawnReferralId: referral.id }, rotationEnv);
    const [request] = received as [(typeof received)[0]];
    expect(libraryVerdict(NEW, request)).toMatchObject({ event: 'referral.withdrawn' });
    expect(libraryVerdict(OLD, request)).toBe('rejected: No matching signature found');
  });
});
