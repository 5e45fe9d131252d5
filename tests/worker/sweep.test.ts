import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import {
  createReferral, getReferral, getWithdrawalNotice, markQueued, sha256Hex, storeResult, withdrawalNotices,
} from '../../worker/data';
import { withdrawReferral } from '../../worker/data/withdrawal';
import { recordingQueue } from './api-fixtures';
import { newReferral } from './data/referral-fixture';

const NOW = new Date('2026-05-04T12:00:00.000Z');
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const create = async (name: string, createdAt: Date) =>
  (await createReferral(env.DB, newReferral, await sha256Hex(name), createdAt)).referral;

/** A referral withdrawn at `withdrawnAt`: its notice owed since then. */
async function withdrawnAt(name: string, at: Date) {
  const referral = await create(name, new Date(at.getTime() - 60_000));
  await withdrawReferral(env.DB, referral.reference, newReferral.email, at);
  return referral;
}

/** Runs the worker's real scheduled handler at NOW, with a queue that records what it is sent. */
async function sweep(): Promise<unknown[]> {
  const { sent, queue } = recordingQueue();
  await worker.scheduled(createScheduledController({ scheduledTime: NOW, cron: '*/10 * * * *' }), { ...env, REFERRAL_QUEUE: queue });
  return sent;
}

describe('the cron sweep', () => {
  it('queues again a referral that never reached the queue, and marks it queued', async () => {
    const lost = await create('never-queued', minutesBefore(30));
    const fresh = await create('just-made', minutesBefore(2));
    const sent = await sweep();
    expect(sent).toContainEqual({ referralId: lost.id });
    expect(sent).not.toContainEqual({ referralId: fresh.id });
    expect(await getReferral(env.DB, lost.id)).toMatchObject({ deliveryStatus: 'queued', queuedAt: NOW.toISOString() });
    expect((await getReferral(env.DB, fresh.id))?.deliveryStatus).toBe('pending');
  });

  it('leaves a queued referral alone while its retries may still run, and queues it again after', async () => {
    const retrying = await create('still-retrying', minutesBefore(200));
    await markQueued(env.DB, retrying.id, minutesBefore(100));
    // Queued four days ago: its retries (about three days) must be over, so its message was lost.
    const lostInQueue = await create('lost-in-queue', minutesBefore(4 * 1440 + 5));
    await markQueued(env.DB, lostInQueue.id, minutesBefore(4 * 1440));
    const sent = await sweep();
    expect(sent).not.toContainEqual({ referralId: retrying.id });
    expect(sent).toContainEqual({ referralId: lostInQueue.id });
  });

  it('hands over a newer pending referral in one sweep, however many older ones are in retry', async () => {
    const inRetry = [];
    for (let i = 0; i < 150; i++) {
      const referral = await create(`in-retry-${i}`, minutesBefore(600 + i));
      inRetry.push(referral.id);
    }
    // All 150 are in normal retry: handed over an hour ago, their messages still due.
    await env.DB.prepare("UPDATE referrals SET delivery_status = 'queued', queued_at = ?2 WHERE id IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify(inRetry), minutesBefore(60).toISOString())
      .run();
    const refused = await create('refused-by-queue', minutesBefore(20));
    const sent = await sweep();
    expect(sent).toContainEqual({ referralId: refused.id });
    for (const id of inRetry) expect(sent).not.toContainEqual({ referralId: id });
    expect((await getReferral(env.DB, refused.id))?.deliveryStatus).toBe('queued');
  });

  it('recovers a backlog of lost messages in one sweep, with no ceiling of 100', async () => {
    const lost = [];
    for (let i = 0; i < 250; i++) lost.push((await create(`lost-${i}`, minutesBefore(30))).id);
    const sent = await sweep();
    for (const id of lost) expect(sent).toContainEqual({ referralId: id });
  });

  it('queues again a withdrawal notice the queue refused, once it has been pending for ten minutes', async () => {
    const refused = await withdrawnAt('notice-refused', minutesBefore(30));
    const fresh = await withdrawnAt('notice-just-made', minutesBefore(2));
    const sent = await sweep();
    expect(sent).toContainEqual({ withdrawnReferralId: refused.id });
    expect(sent).not.toContainEqual({ withdrawnReferralId: fresh.id });
    expect(await getWithdrawalNotice(env.DB, refused.id)).toMatchObject({ status: 'queued' });
    expect(sent).not.toContainEqual({ referralId: refused.id });
  });

  it('queues a notice again only after its retries must be over, and never one sent or given up', async () => {
    const retrying = await withdrawnAt('notice-retrying', minutesBefore(200));
    await withdrawalNotices.markQueued(env.DB, [retrying.id], minutesBefore(100));
    const lostInQueue = await withdrawnAt('notice-lost', minutesBefore(4 * 1440 + 5));
    await withdrawalNotices.markQueued(env.DB, [lostInQueue.id], minutesBefore(4 * 1440));
    const done = await withdrawnAt('notice-sent', minutesBefore(300));
    await withdrawalNotices.markSent(env.DB, done.id, minutesBefore(299));
    const failed = await withdrawnAt('notice-failed', minutesBefore(300));
    await withdrawalNotices.markFailed(env.DB, failed.id, minutesBefore(299));
    const sent = await sweep();
    expect(sent).toContainEqual({ withdrawnReferralId: lostInQueue.id });
    for (const left of [retrying, done, failed]) expect(sent).not.toContainEqual({ withdrawnReferralId: left.id });
  });

  it('forgets idempotency keys older than a day, and keeps younger ones', async () => {
    const hash = 'a'.repeat(64);
    const old = (await createReferral(env.DB, newReferral, await sha256Hex('old-key'), minutesBefore(25 * 60), hash)).referral;
    const young = (await createReferral(env.DB, newReferral, await sha256Hex('young-key'), minutesBefore(23 * 60), hash)).referral;
    await sweep();
    const keys = async (id: string) =>
      env.DB.prepare('SELECT idempotency_key_hash AS key, request_hash AS request FROM referrals WHERE id = ?1').bind(id).first<{ key: string; request: string | null }>();
    expect(await keys(old.id)).toMatchObject({ request: null });
    expect((await keys(old.id))?.key).not.toBe(await sha256Hex('old-key'));
    expect(await keys(young.id)).toEqual({ key: await sha256Hex('young-key'), request: hash });
  });

  it('forgets submission keys older than a week', async () => {
    const result = {
      partnerId: 'demo', bankVersion: '2026.1', lang: 'nl', answers: {}, principleScores: [], overall: 0, band: 'red', sector: null, size: null, networkId: null, province: null,
    } as const;
    const old = await sha256Hex('old-submission');
    const recent = await sha256Hex('recent-submission');
    await storeResult(env.DB, { ...result, day: '2026-04-26' }, old);
    await storeResult(env.DB, { ...result, day: '2026-04-28' }, recent);
    await sweep();
    const left = await env.DB.prepare('SELECT key_hash FROM submission_keys WHERE key_hash IN (?1, ?2)').bind(old, recent).all();
    expect(left.results).toEqual([{ key_hash: recent }]);
  });
});
