import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createReferral, getReferral, getReferralByKey, sha256Hex } from '../../../worker/data';
import { newReferral } from './referral-fixture';

const key = (name: string) => sha256Hex(`idempotency-${name}`);

describe('creating a referral', () => {
  it('creates a new referral, waiting to be delivered', async () => {
    const now = new Date('2026-05-04T09:30:00.000Z');
    const { referral, created } = await createReferral(env.DB, newReferral, await key('new'), now);
    expect(created).toBe(true);
    expect(referral).toEqual({
      ...newReferral,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      reference: expect.stringMatching(/^CS-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/),
      createdAt: '2026-05-04T09:30:00.000Z',
      status: 'new',
      deliveryStatus: 'pending',
      queuedAt: null,
      deliveredAt: null,
      closedAt: null,
      requestHash: null,
    });
    expect(await getReferral(env.DB, referral.id)).toEqual(referral);
  });

  it('gives the same referral back when the same request comes again', async () => {
    const first = await createReferral(env.DB, newReferral, await key('repeat'));
    const again = await createReferral(env.DB, { ...newReferral, companyName: 'Changed' }, await key('repeat'));
    expect(again).toEqual({ referral: first.referral, created: false });
  });

  it('creates one referral from two simultaneous identical requests', async () => {
    const k = await key('simultaneous');
    const outcomes = await Promise.all([createReferral(env.DB, newReferral, k), createReferral(env.DB, newReferral, k)]);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(outcomes[0]?.referral.id).toBe(outcomes[1]?.referral.id);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM referrals WHERE idempotency_key_hash = ?1').bind(k).first<{ n: number }>();
    expect(rows?.n).toBe(1);
  });

  it('gives different requests different references', async () => {
    const a = await createReferral(env.DB, newReferral, await key('a'));
    const b = await createReferral(env.DB, newReferral, await key('b'));
    expect(a.referral.reference).not.toBe(b.referral.reference);
    expect(a.referral.id).not.toBe(b.referral.id);
  });

  it('keeps the answers only when the entrepreneur chose to share them', async () => {
    const shared = { 'mfa-email': 'no', 'restore-tested': 'unknown' } as const;
    const { referral } = await createReferral(env.DB, { ...newReferral, sharedAnswers: shared }, await key('shared'));
    expect(referral.sharedAnswers).toEqual(shared);
    const row = await env.DB.prepare('SELECT share_answers, answers FROM referrals WHERE id = ?1').bind(referral.id).first();
    expect(row).toEqual({ share_answers: 1, answers: JSON.stringify(shared) });

    const { referral: notShared } = await createReferral(env.DB, newReferral, await key('not-shared'));
    const bare = await env.DB.prepare('SELECT share_answers, answers FROM referrals WHERE id = ?1').bind(notShared.id).first();
    expect(bare).toEqual({ share_answers: 0, answers: null });
  });

  it('keeps a referral whose sector and size were skipped', async () => {
    const { referral } = await createReferral(env.DB, { ...newReferral, sector: null, size: null }, await key('no-profile'));
    expect(await getReferral(env.DB, referral.id)).toMatchObject({ sector: null, size: null });
  });

  it('finds a referral by its idempotency key', async () => {
    const { referral } = await createReferral(env.DB, newReferral, await key('by-key'));
    expect(await getReferralByKey(env.DB, await key('by-key'))).toEqual(referral);
    expect(await getReferralByKey(env.DB, await key('never-used'))).toBeNull();
  });

  it('refuses a referral to a network that does not exist', async () => {
    await expect(createReferral(env.DB, { ...newReferral, networkId: 'nowhere' }, await key('nowhere'))).rejects.toThrow(/FOREIGN KEY/);
  });

  it('answers null for an unknown referral id', async () => {
    expect(await getReferral(env.DB, '00000000-0000-0000-0000-000000000000')).toBeNull();
  });
});
