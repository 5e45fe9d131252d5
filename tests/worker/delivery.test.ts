import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bankStructure } from '../../core/bank';
import { everyAnswer } from './api-fixtures';
import worker from '../../worker/index';
import {
  createReferral, getReferral, listAttempts, markDelivered, sha256Hex, type NewReferral,
} from '../../worker/data';
import type { ReferralPayload } from '../../worker/delivery/payload';
import { MAX_DELIVERY_ATTEMPTS, RETRY_DELAYS_SECONDS } from '../../worker/delivery/backoff';
import { DEAD_LETTER_QUEUE } from '../../worker/delivery/consumer';
import wranglerToml from '../../wrangler.toml?raw';
import { libraryVerdict, whsec } from './webhook-receiver';

const WEBHOOK = 'https://crm.cyberwerf.example/cyberscan';
const SECRET = whsec('cyberwerf test key');
const deliveryEnv = { ...env, CYBERWERF_HMAC: SECRET, MAIL_FROM: 'cyberscan@cyberscan.example' };

const referral: NewReferral = {
  partnerId: 'lindewaard', networkId: 'cyberwerf', postcode: 2511, companyName: 'Bakkerij De Korenschoof',
  contactName: 'Sanne de Vries', email: 'sanne@example.nl', phone: null, sector: 'retail', size: '2-9',
  message: null, sharedAnswers: null, bankVersion: bankStructure.version, overall: 42, band: 'red', lang: 'nl',
  sourceHost: null,
};

beforeAll(async () => {
  await env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberwerf', 'webhook', ?1, 'CYBERWERF_HMAC')")
    .bind(WEBHOOK)
    .run();
  await env.DB.prepare("INSERT INTO network_channels (network_id, kind, target) VALUES ('cyberchef-amersfoort', 'email', 'aanvragen@cyberchef.example')").run();
});
afterEach(() => vi.restoreAllMocks());

const newReferral = async (name: string, overrides: Partial<NewReferral> = {}) =>
  (await createReferral(env.DB, { ...referral, ...overrides }, await sha256Hex(name))).referral;

/** Runs the worker's real queue handler on one message, as the queue delivers its `attempts`-th try. */
async function deliverMessage(referralId: string, attempts: number, testEnv: Env = deliveryEnv) {
  const batch = createMessageBatch('cyberscan-referrals', [
    { id: `message-${referralId}-${attempts}`, timestamp: new Date(), attempts, body: { referralId } },
  ]);
  // The queue result lists retried messages but not their delay, so the delay is read off retry().
  const retry = vi.spyOn(batch.messages[0]!, 'retry');
  await worker.queue(batch, testEnv);
  return { ...(await getQueueResult(batch, createExecutionContext())), retryDelay: retry.mock.calls[0]?.[0]?.delaySeconds };
}

/** The webhook receiver: answers the given statuses in turn and keeps every request it got. */
function webhookAnswering(...statuses: number[]) {
  const received: Request[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    received.push(new Request(input, init));
    return new Response(null, { status: statuses[Math.min(received.length - 1, statuses.length - 1)] });
  });
  return received;
}

describe('the queue consumer', () => {
  it('retries a webhook that fails twice, then delivers once, with three attempts logged', async () => {
    const { id } = await newReferral('fails-twice');
    const received = webhookAnswering(503, 500, 204);
    const first = await deliverMessage(id, 1);
    expect(first.retryMessages).toEqual([{ msgId: `message-${id}-1` }]);
    const second = await deliverMessage(id, 2);
    expect(second.retryMessages).toEqual([{ msgId: `message-${id}-2` }]);
    const third = await deliverMessage(id, 3);
    expect(third.explicitAcks).toEqual([`message-${id}-3`]);
    expect(third.retryMessages).toEqual([]);

    expect(received).toHaveLength(3);
    expect((await getReferral(env.DB, id))?.deliveryStatus).toBe('delivered');
    expect((await listAttempts(env.DB, id)).map((a) => [a.channelKind, a.outcome, a.detail])).toEqual([
      ['webhook', 'error', 'HTTP 503'],
      ['webhook', 'error', 'HTTP 500'],
      ['webhook', 'ok', 'HTTP 204'],
    ]);
  });

  it('gives up after the last attempt: the referral stays, marked failed, with every attempt', async () => {
    const { id } = await newReferral('always-fails');
    webhookAnswering(500);
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      expect((await deliverMessage(id, attempt)).retryMessages).toHaveLength(1);
    }
    const last = await deliverMessage(id, MAX_DELIVERY_ATTEMPTS);
    expect(last.explicitAcks).toEqual([`message-${id}-${MAX_DELIVERY_ATTEMPTS}`]);
    expect(last.retryMessages).toEqual([]);
    expect(await getReferral(env.DB, id)).toMatchObject({ deliveryStatus: 'failed', companyName: 'Bakkerij De Korenschoof' });
    const attempts = await listAttempts(env.DB, id);
    expect(attempts).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(attempts.every((a) => a.outcome === 'error' && a.detail === 'HTTP 500')).toBe(true);
  });

  it('waits longer before each retry, up to twelve hours, over about three days in all', async () => {
    const { id } = await newReferral('backoff');
    webhookAnswering(500);
    const delays = [];
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      delays.push((await deliverMessage(id, attempt)).retryDelay);
    }
    expect(delays).toEqual([60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 43_200, 43_200, 43_200, 43_200]);
    expect(delays).toEqual(RETRY_DELAYS_SECONDS);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(3 * 86_400);
    // A queue message lives four days by default; every retry must fall inside that.
    expect(total).toBeLessThan(4 * 86_400);
  });

  it('does not send an already delivered referral again, and acknowledges the message', async () => {
    const { id } = await newReferral('already-delivered');
    await markDelivered(env.DB, id);
    const received = webhookAnswering(204);
    const result = await deliverMessage(id, 1);
    expect(received).toEqual([]);
    expect(result.explicitAcks).toEqual([`message-${id}-1`]);
    expect(await listAttempts(env.DB, id)).toEqual([]);
  });

  it('acknowledges a message for a referral that no longer exists', async () => {
    const received = webhookAnswering(204);
    const result = await deliverMessage('00000000-0000-0000-0000-000000000000', 1);
    expect(result.explicitAcks).toHaveLength(1);
    expect(received).toEqual([]);
  });

  it('signs the webhook per Standard Webhooks, verifiable with the network\'s secret by the standardwebhooks library', async () => {
    const { id, reference } = await newReferral('signed');
    const received = webhookAnswering(200);
    await deliverMessage(id, 1);
    const request = received[0];
    expect(request?.url).toBe(WEBHOOK);
    expect(request?.method).toBe('POST');
    const body = await request!.text();
    expect(libraryVerdict(SECRET, { headers: request!.headers, body })).toMatchObject({ event: 'referral.created', reference });
    expect(request!.headers.get('webhook-id')).toBe(reference);
    expect(request!.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('sends the network the referral, the score, and the answers with advice only when shared', async () => {
    const { id: bare } = await newReferral('payload-bare');
    const shared = { ...everyAnswer('yes'), 'mfa-email': 'no' as const };
    const { id: withAnswers } = await newReferral('payload-shared', { sharedAnswers: shared });
    const received = webhookAnswering(200);
    await deliverMessage(bare, 1);
    await deliverMessage(withAnswers, 1);
    const [bareBody, sharedBody] = (await Promise.all(received.map((r) => r.json()))) as [ReferralPayload, ReferralPayload];
    expect(bareBody).toMatchObject({
      event: 'referral.created',
      network: { id: 'cyberwerf', name: 'Cyberwerf' },
      company: { name: 'Bakkerij De Korenschoof', postcode: 2511, sector: 'retail', size: '2-9' },
      contact: { name: 'Sanne de Vries', email: 'sanne@example.nl', phone: null },
      assessment: { overall: 42, band: 'red', answersShared: false },
      withdrawal: expect.stringContaining('intrekken'),
    });
    expect(bareBody.assessment).not.toHaveProperty('answers');
    expect(bareBody.assessment).not.toHaveProperty('adviceQuestionIds');
    expect(sharedBody.assessment).toMatchObject({ answersShared: true, answers: shared, adviceQuestionIds: ['mfa-email'] });
  });

  it('fails a webhook channel whose signing secret is not set, saying which', async () => {
    const { id } = await newReferral('no-secret');
    const received = webhookAnswering(200);
    await deliverMessage(id, 1, { ...env });
    expect(received).toEqual([]);
    expect((await listAttempts(env.DB, id))[0]).toMatchObject({ outcome: 'error', detail: expect.stringContaining('CYBERWERF_HMAC') });
  });

  it('delivers on an e-mail channel through the send_email binding', async () => {
    const { id } = await newReferral('by-mail', { networkId: 'cyberchef-amersfoort' });
    await deliverMessage(id, 1);
    expect((await getReferral(env.DB, id))?.deliveryStatus).toBe('delivered');
    expect(await listAttempts(env.DB, id)).toMatchObject([{ channelKind: 'email', outcome: 'ok' }]);
  });

  it('fails an e-mail channel without a sender address, saying so', async () => {
    const { id } = await newReferral('mail-no-sender', { networkId: 'cyberchef-amersfoort' });
    const result = await deliverMessage(id, 1, { ...env });
    expect(result.retryMessages).toHaveLength(1);
    expect(await listAttempts(env.DB, id)).toMatchObject([{ channelKind: 'email', outcome: 'error', detail: expect.stringContaining('MAIL_FROM') }]);
  });

  it('is configured in wrangler.toml to get every try the consumer counts on, and a dead-letter queue it consumes', () => {
    const consumer = /\[\[queues\.consumers\]\]\s*queue = "cyberscan-referrals"[^[]*/.exec(wranglerToml)?.[0] ?? '';
    expect(Number(/max_retries\s*=\s*(\d+)/.exec(consumer)?.[1]) + 1).toBe(MAX_DELIVERY_ATTEMPTS);
    expect(consumer).toContain(`dead_letter_queue = "${DEAD_LETTER_QUEUE}"`);
    expect(wranglerToml).toMatch(new RegExp(`\\[\\[queues\\.consumers\\]\\]\\s*queue = "${DEAD_LETTER_QUEUE}"`));
  });

  it('marks failed a referral whose message the queue gave up on, when it arrives from the dead-letter queue', async () => {
    const { id } = await newReferral('dead-lettered');
    const received = webhookAnswering(204);
    const batch = createMessageBatch(DEAD_LETTER_QUEUE, [{ id: 'dead-1', timestamp: new Date(), attempts: 1, body: { referralId: id } }]);
    await worker.queue(batch, deliveryEnv);
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(['dead-1']);
    expect(received).toEqual([]);
    expect((await getReferral(env.DB, id))?.deliveryStatus).toBe('failed');
  });
});
