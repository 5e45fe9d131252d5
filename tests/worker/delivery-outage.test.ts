import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import worker from '../../worker/index';
import { createReferral, getReferral, markQueued, sha256Hex } from '../../worker/data';
import { newReferral } from './data/referral-fixture';
import { whsec } from './webhook-receiver';

const NETWORK_CONTACT = 'storing@cyberwerf.example';
const OPERATORS = 'beheer@cyberscan.example';

/** Every e-mail the worker sends, by recipient. */
function recordingMail() {
  const to: string[] = [];
  const binding = { send: async (message: { to: string }) => void to.push(message.to) } as unknown as SendEmail;
  return { to, binding };
}

beforeAll(async () => {
  await env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberwerf', 'webhook', 'https://crm.cyberwerf.example/hook', 'CYBERWERF_HMAC')").run();
  await env.DB.prepare('UPDATE networks SET alert_email = ?1 WHERE id = ?2').bind(NETWORK_CONTACT, 'cyberwerf').run();
});
afterEach(() => vi.restoreAllMocks());

/** The network's webhook: down (500) until `up()` is called, then taking everything. */
function webhook() {
  let down = true;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(null, { status: down ? 500 : 204 }));
  return { up: () => { down = false; } };
}

/** A referral for the network, handed to the queue as the API does. */
async function referralFor(name: string) {
  const { referral } = await createReferral(env.DB, { ...newReferral, networkId: 'cyberwerf' }, await sha256Hex(name));
  await markQueued(env.DB, referral.id);
  return referral;
}

/**
 * Plays the queue for some referrals through their tries, all failing alike, for `hours` of
 * simulated time: each try is the worker's real queue handler on a message with that try's
 * `attempts`, and the next try comes after the delay the handler asked for in `retry()`. Returns
 * the simulated hours each referral's message was still alive (acknowledged: it stopped).
 */
async function playQueue(ids: readonly string[], hours: number, testEnv: Env) {
  const state = ids.map((id) => ({ id, attempts: 1, at: 0, done: false }));
  for (;;) {
    const due = state.filter((s) => !s.done && s.at <= hours * 3600).sort((a, b) => a.at - b.at)[0];
    if (due === undefined) return state;
    const batch = createMessageBatch('cyberscan-referrals', [
      { id: `${due.id}-${due.attempts}`, timestamp: new Date(), attempts: due.attempts, body: { referralId: due.id } },
    ]);
    const retry = vi.spyOn(batch.messages[0]!, 'retry');
    await worker.queue(batch, testEnv);
    const result = await getQueueResult(batch, createExecutionContext());
    if (result.explicitAcks.length > 0) due.done = true;
    else {
      due.at += retry.mock.calls[0]?.[0]?.delaySeconds ?? Number.NaN;
      due.attempts += 1;
    }
  }
}

describe('a network whose endpoint is down', () => {
  it('for 48 hours: no referral is failed, one notice goes out, and every referral arrives once it is back', async () => {
    const mail = recordingMail();
    const testEnv = { ...env, CYBERWERF_HMAC: whsec('outage test key'), MAIL_FROM: 'cyberscan@cyberscan.example', OPERATOR_EMAIL: OPERATORS, REFERRAL_MAIL: mail.binding };
    const receiver = webhook();
    const ids = await Promise.all(['weekend-1', 'weekend-2', 'weekend-3'].map(async (name) => (await referralFor(name)).id));
    const state = await playQueue(ids, 48, testEnv);
    expect(state.every((s) => !s.done)).toBe(true);
    for (const id of ids) expect((await getReferral(env.DB, id))?.deliveryStatus).toBe('queued');
    expect(mail.to.sort()).toEqual([OPERATORS, NETWORK_CONTACT].sort());

    receiver.up();
    await playQueue(ids, Number.POSITIVE_INFINITY, testEnv);
    for (const id of ids) expect((await getReferral(env.DB, id))?.deliveryStatus).toBe('delivered');
    const outage = await env.DB.prepare("SELECT count(*) AS n FROM network_delivery_outages WHERE network_id = 'cyberwerf'").first<{ n: number }>();
    expect(outage?.n).toBe(0);
  });

  it('for four days: its referrals end failed, with exactly one notice to the network (and one to the operators)', async () => {
    const mail = recordingMail();
    const testEnv = { ...env, CYBERWERF_HMAC: whsec('outage test key'), MAIL_FROM: 'cyberscan@cyberscan.example', OPERATOR_EMAIL: OPERATORS, REFERRAL_MAIL: mail.binding };
    webhook();
    const ids = await Promise.all(['long-1', 'long-2', 'long-3'].map(async (name) => (await referralFor(name)).id));
    const state = await playQueue(ids, 4 * 24, testEnv);
    expect(state.every((s) => s.done)).toBe(true);
    // Each gave up after its last try, inside the four days and after more than three.
    for (const s of state) expect(s.at / 86_400).toBeGreaterThan(3);
    for (const id of ids) expect((await getReferral(env.DB, id))?.deliveryStatus).toBe('failed');
    expect(mail.to.filter((to) => to === NETWORK_CONTACT)).toHaveLength(1);
    expect(mail.to.filter((to) => to === OPERATORS)).toHaveLength(1);
  });
});
