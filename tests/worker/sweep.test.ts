import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { createReferral, getReferral, markQueued, sha256Hex, storeResult } from '../../worker/data';
import { recordingQueue } from './api-fixtures';
import { newReferral } from './data/referral-fixture';

const NOW = new Date('2026-05-04T12:00:00.000Z');
const minutesBefore = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

const create = async (name: string, createdAt: Date) =>
  (await createReferral(env.DB, newReferral, await sha256Hex(name), createdAt)).referral;

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
    const lostInQueue = await create('lost-in-queue', minutesBefore(300));
    await markQueued(env.DB, lostInQueue.id, minutesBefore(250));
    const sent = await sweep();
    expect(sent).not.toContainEqual({ referralId: retrying.id });
    expect(sent).toContainEqual({ referralId: lostInQueue.id });
  });

  it('forgets submission keys older than a week', async () => {
    const result = {
      partnerId: 'demo', bankVersion: '2026.1', lang: 'nl', answers: {}, principleScores: [], overall: 0, band: 'red', sector: null, size: null,
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
