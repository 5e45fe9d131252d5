import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  createReferral, getReferral, listAttempts, listOwedHandOvers, markDelivered, markFailed, markQueued, recordAttempt, sha256Hex,
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

describe('the sweep for referrals owed a hand-over', () => {
  const cutoffs = (pendingBefore: string, queuedBefore: string) => ({ pendingBefore, queuedBefore });

  it('finds pending ones past the pending cut-off and queued ones past the queued cut-off, longest owed first', async () => {
    const pending = await create('sweep-pending', new Date('2026-04-01T08:00:00.000Z'));
    const lostInQueue = await create('sweep-lost', new Date('2026-04-01T05:00:00.000Z'));
    await markQueued(env.DB, lostInQueue.id, new Date('2026-04-01T05:01:00.000Z'));
    const retrying = await create('sweep-retrying', new Date('2026-04-01T07:30:00.000Z'));
    await markQueued(env.DB, retrying.id, new Date('2026-04-01T07:31:00.000Z'));
    const recent = await create('sweep-recent', new Date('2026-04-01T09:55:00.000Z'));
    const done = await create('sweep-done', new Date('2026-04-01T07:00:00.000Z'));
    await markDelivered(env.DB, done.id);
    const failed = await create('sweep-failed', new Date('2026-04-01T07:00:00.000Z'));
    await markFailed(env.DB, failed.id);

    const { ids } = await listOwedHandOvers(env.DB, cutoffs('2026-04-01T09:50:00.000Z', '2026-04-01T06:00:00.000Z'), null);
    expect(ids).toEqual([lostInQueue.id, pending.id]);
    for (const left of [retrying, recent, done, failed]) expect(ids).not.toContain(left.id);
  });

  it('counts a queued referral from when it was last queued', async () => {
    const requeued = await create('sweep-requeued', new Date('2026-03-01T08:00:00.000Z'));
    await markQueued(env.DB, requeued.id, new Date('2026-03-01T10:00:00.000Z'));
    const owed = async (queuedBefore: string) => (await listOwedHandOvers(env.DB, cutoffs(queuedBefore, queuedBefore), null)).ids;
    expect(await owed('2026-03-01T09:00:00.000Z')).not.toContain(requeued.id);
    expect(await owed('2026-03-01T10:30:00.000Z')).toContain(requeued.id);
  });

  it('pages through all of them: each page starts after the last, until none is left', async () => {
    const far = '2100-01-01T00:00:00.000Z';
    const seen: string[] = [];
    let page = await listOwedHandOvers(env.DB, cutoffs(far, far), null, 1);
    seen.push(...page.ids);
    while (page.next !== null) {
      page = await listOwedHandOvers(env.DB, cutoffs(far, far), page.next, 1);
      seen.push(...page.ids);
    }
    const all = await env.DB.prepare("SELECT count(*) AS n FROM referrals WHERE delivery_status IN ('pending', 'queued')").first<{ n: number }>();
    expect(seen).toHaveLength(all!.n);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
