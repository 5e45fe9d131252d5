/**
 * What a hand-over to the delivery queue reports: the sweep counts what it queued from these
 * answers, so a refused hand-over must say so (false, 0) and leave the row for the next sweep.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { handOver, handOverConfirmations, handOverMany } from '../../worker/delivery/hand-over';
import { NETWORK_A, referralFor, referralRow } from './access-fixtures';
import { recordingQueue, registerPartners } from './api-fixtures';
import { applyDevSeed } from './dev-seed';

beforeAll(async () => {
  await registerPartners();
  await applyDevSeed();
});

const queueEnv = (fails: boolean) => ({ ...env, REFERRAL_QUEUE: recordingQueue(fails).queue });

describe('handing a referral to the queue', () => {
  it('reports true and marks it queued when the queue takes it', async () => {
    const referral = await referralFor(NETWORK_A);
    expect(await handOver(queueEnv(false), referral.id)).toBe(true);
    expect((await referralRow(referral.reference))!.delivery_status).toBe('queued');
  });

  it('reports false and leaves it pending when the queue refuses it, and never throws', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const referral = await referralFor(NETWORK_A);
    expect(await handOver(queueEnv(true), referral.id)).toBe(false);
    expect((await referralRow(referral.reference))!.delivery_status).toBe('pending');
  });
});

describe('handing a page of ids to the queue', () => {
  it('counts all of them when the queue takes the batch, and none when it refuses it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const refused = [await referralFor(NETWORK_A), await referralFor(NETWORK_A)];
    expect(await handOverMany(queueEnv(true), refused.map((r) => r.id))).toBe(0);
    expect(await handOverConfirmations(queueEnv(true), refused.map((r) => r.id))).toBe(0);
    for (const r of refused) expect((await referralRow(r.reference))!.delivery_status).toBe('pending');

    expect(await handOverMany(queueEnv(false), refused.map((r) => r.id))).toBe(2);
    expect(await handOverConfirmations(queueEnv(false), refused.map((r) => r.id))).toBe(2);
    for (const r of refused) expect((await referralRow(r.reference))!.delivery_status).toBe('queued');
  });
});
