import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  createReferral, getReferral, listAttempts, listUndelivered, markDelivered, markFailed, markQueued, recordAttempt, sha256Hex,
} from '../../../worker/data';
import { newReferral } from './referral-fixture';

const create = async (name: string, at = new Date('2026-05-04T09:00:00.000Z')) =>
  (await createReferral(env.DB, newReferral, await sha256Hex(name), at)).referral;

describe('delivery attempts', () => {
  it('are recorded in order with their outcome and a short detail', async () => {
    const referral = await create('attempts');
    await recordAttempt(env.DB, referral.id, 'webhook', 'error', 'HTTP 503', new Date('2026-05-04T09:01:00.000Z'));
    await recordAttempt(env.DB, referral.id, 'webhook', 'ok', 'HTTP 204', new Date('2026-05-04T09:06:00.000Z'));
    expect(await listAttempts(env.DB, referral.id)).toEqual([
      { channelKind: 'webhook', attemptedAt: '2026-05-04T09:01:00.000Z', outcome: 'error', detail: 'HTTP 503' },
      { channelKind: 'webhook', attemptedAt: '2026-05-04T09:06:00.000Z', outcome: 'ok', detail: 'HTTP 204' },
    ]);
  });

  it('keep a long error message cut short', async () => {
    const referral = await create('long-detail');
    await recordAttempt(env.DB, referral.id, 'email', 'error', 'x'.repeat(5000));
    expect((await listAttempts(env.DB, referral.id))[0]?.detail).toHaveLength(200);
  });

  it('are deleted with their referral', async () => {
    const referral = await create('deleted-with-referral');
    await recordAttempt(env.DB, referral.id, 'webhook', 'ok', 'HTTP 200');
    await env.DB.prepare('DELETE FROM referrals WHERE id = ?1').bind(referral.id).run();
    expect(await listAttempts(env.DB, referral.id)).toEqual([]);
  });

  it('belong to an existing referral', async () => {
    await expect(recordAttempt(env.DB, 'no-such-referral', 'webhook', 'ok', 'HTTP 200')).rejects.toThrow(/FOREIGN KEY/);
  });
});

describe('delivery status', () => {
  it('goes from pending to queued to delivered, with the times', async () => {
    const referral = await create('happy-path');
    expect(await markQueued(env.DB, referral.id, new Date('2026-05-04T09:00:01.000Z'))).toBe(true);
    expect(await markDelivered(env.DB, referral.id, new Date('2026-05-04T09:00:05.000Z'))).toBe(true);
    expect(await getReferral(env.DB, referral.id)).toMatchObject({
      deliveryStatus: 'delivered',
      queuedAt: '2026-05-04T09:00:01.000Z',
      deliveredAt: '2026-05-04T09:00:05.000Z',
    });
  });

  it('never goes back once delivered', async () => {
    const referral = await create('delivered-stays');
    await markDelivered(env.DB, referral.id);
    expect(await markQueued(env.DB, referral.id)).toBe(false);
    expect(await markFailed(env.DB, referral.id)).toBe(false);
    expect(await markDelivered(env.DB, referral.id)).toBe(false);
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('delivered');
  });

  it('can be queued again after failing', async () => {
    const referral = await create('failed-then-retried');
    expect(await markFailed(env.DB, referral.id)).toBe(true);
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('failed');
    expect(await markQueued(env.DB, referral.id)).toBe(true);
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('queued');
  });

  it('changes nothing for an unknown referral', async () => {
    expect(await markQueued(env.DB, 'no-such-referral')).toBe(false);
  });
});

describe('the sweep for undelivered referrals', () => {
  it('finds pending and queued referrals older than the cut-off, oldest first', async () => {
    const pending = await create('sweep-pending', new Date('2026-04-01T08:00:00.000Z'));
    const queued = await create('sweep-queued', new Date('2026-04-01T08:30:00.000Z'));
    await markQueued(env.DB, queued.id, new Date('2026-04-01T08:31:00.000Z'));
    const recent = await create('sweep-recent', new Date('2026-04-01T09:55:00.000Z'));
    const done = await create('sweep-done', new Date('2026-04-01T07:00:00.000Z'));
    await markDelivered(env.DB, done.id);
    const failed = await create('sweep-failed', new Date('2026-04-01T07:00:00.000Z'));
    await markFailed(env.DB, failed.id);

    const found = await listUndelivered(env.DB, '2026-04-01T09:50:00.000Z');
    expect(found).toEqual([
      { id: pending.id, deliveryStatus: 'pending', createdAt: '2026-04-01T08:00:00.000Z', queuedAt: null },
      { id: queued.id, deliveryStatus: 'queued', createdAt: '2026-04-01T08:30:00.000Z', queuedAt: '2026-04-01T08:31:00.000Z' },
    ]);
    expect(found.map((r) => r.id)).not.toContain(recent.id);
  });

  it('counts a queued referral from when it was last queued', async () => {
    const requeued = await create('sweep-requeued', new Date('2026-03-01T08:00:00.000Z'));
    await markQueued(env.DB, requeued.id, new Date('2026-03-01T10:00:00.000Z'));
    expect((await listUndelivered(env.DB, '2026-03-01T09:00:00.000Z')).map((r) => r.id)).not.toContain(requeued.id);
    expect((await listUndelivered(env.DB, '2026-03-01T10:30:00.000Z')).map((r) => r.id)).toContain(requeued.id);
  });

  it('returns at most the asked number', async () => {
    expect(await listUndelivered(env.DB, '2100-01-01T00:00:00.000Z', 1)).toHaveLength(1);
  });
});
