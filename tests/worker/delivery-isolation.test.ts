import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../worker/index';
import { createReferral, getReferral, sha256Hex } from '../../worker/data';
import { newReferral } from './data/referral-fixture';
import { whsec } from './webhook-receiver';

const SLOW = 'https://slow.cyberwerf.example/hook';
const HEALTHY = 'https://crm.cyberchef.example/hook';

beforeAll(async () => {
  await env.DB.batch([
    env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberwerf', 'webhook', ?1, 'HMAC')").bind(SLOW),
    env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberchef-amersfoort', 'webhook', ?1, 'HMAC')").bind(HEALTHY),
  ]);
});
afterEach(() => vi.restoreAllMocks());

const referralFor = async (networkId: string, name: string) =>
  (await createReferral(env.DB, { ...newReferral, networkId }, await sha256Hex(name))).referral;

describe('networks isolated from each other', () => {
  it("delivers the healthy network's referrals of a batch while the slow network's endpoint has not answered yet", async () => {
    // The slow endpoint answers only when the test lets it: as long as it hangs, nothing may wait on it.
    let answerSlow: () => void = () => undefined;
    const slowAnswered = new Promise<void>((resolve) => { answerSlow = resolve; });
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      if (new Request(input).url === SLOW) await slowAnswered;
      return new Response(null, { status: 204 });
    });
    const slow = await referralFor('cyberwerf', 'slow-1');
    const healthy = await Promise.all(['healthy-1', 'healthy-2'].map((name) => referralFor('cyberchef-amersfoort', name)));
    const batch = createMessageBatch('cyberscan-referrals', [slow, ...healthy].map((r, i) => ({
      id: `m${i}`, timestamp: new Date(), attempts: 1, body: { referralId: r.id },
    })));
    const run = worker.queue(batch, { ...env, HMAC: whsec('isolation test key') } as Env);

    await vi.waitFor(async () => {
      for (const r of healthy) expect((await getReferral(env.DB, r.id))?.deliveryStatus).toBe('delivered');
    }, { timeout: 5000, interval: 20 });
    expect((await getReferral(env.DB, slow.id))?.deliveryStatus).not.toBe('delivered');

    answerSlow();
    await run;
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks.sort()).toEqual(['m0', 'm1', 'm2']);
    expect((await getReferral(env.DB, slow.id))?.deliveryStatus).toBe('delivered');
  });
});
