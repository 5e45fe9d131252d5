import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/app';
import worker from '../../worker/index';
import { getReferral, getWithdrawalNotice, type NewReferral } from '../../worker/data';
import { withdrawReferral } from '../../worker/data/withdrawal';
import { MAX_DELIVERY_ATTEMPTS } from '../../worker/delivery/backoff';
import { recordingQueue, registerPartners } from './api-fixtures';
import { NETWORK_A, referralFor, referralRow } from './access-fixtures';
import { ORIGIN, postRequest, someClientAddress } from './fetch';
import { libraryVerdict, whsec } from './webhook-receiver';

const WEBHOOK = 'https://crm.cyberwerf.example/cyberscan';
const SECRET = whsec('cyberwerf test key');
const MAIL_NETWORK = 'cyberchef-amersfoort';
const deliveryEnv = { ...env, CYBERWERF_HMAC: SECRET, MAIL_FROM: 'cyberscan@cyberscan.example' };

/** Everything personal a referral can hold: none of it may reach the network in a notice. */
const PERSONAL: Partial<NewReferral> = {
  companyName: 'Bakkerij De Korenschoof', contactName: 'Sanne de Vries', email: 'sanne@example.nl',
  phone: '06-12345678', postcode: 2511, message: 'Bel me na vieren', sharedAnswers: { 'mfa-email': 'no' },
};
const PERSONAL_TEXTS = ['Korenschoof', 'Sanne', 'sanne@example.nl', '06-12345678', '2511', 'Bel me', 'mfa-email'];

beforeAll(async () => {
  await registerPartners();
  await env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES (?1, 'webhook', ?2, 'CYBERWERF_HMAC')")
    .bind(NETWORK_A, WEBHOOK)
    .run();
  await env.DB.prepare("INSERT INTO network_channels (network_id, kind, target) VALUES (?1, 'email', 'aanvragen@cyberchef.example')")
    .bind(MAIL_NETWORK)
    .run();
});
afterEach(() => vi.restoreAllMocks());

/** A referral the entrepreneur has just withdrawn, its notice owed. */
async function withdrawn(networkId = NETWORK_A) {
  const referral = await referralFor(networkId, PERSONAL);
  await withdrawReferral(env.DB, referral.reference, 'sanne@example.nl');
  return referral;
}

/** Runs the worker's real queue handler on these message bodies, as the queue's `attempts`-th try. */
async function consume(bodies: unknown[], attempts = 1) {
  const batch = createMessageBatch('cyberscan-referrals', bodies.map((body, i) => ({ id: `m${i}-${attempts}`, timestamp: new Date(), attempts, body })));
  const retry = vi.spyOn(batch.messages[0]!, 'retry');
  await worker.queue(batch, deliveryEnv);
  return { ...(await getQueueResult(batch, createExecutionContext())), retryDelay: retry.mock.calls[0]?.[0]?.delaySeconds };
}

/** The network's webhook: answers `status` and keeps every request. */
function webhookAnswering(status: number) {
  const received: Request[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    received.push(new Request(input, init));
    return new Response(null, { status });
  });
  return received;
}

/** A withdrawal through the API with `queue` as REFERRAL_QUEUE, waiting for what runs after the answer. */
async function withdrawThroughApi(reference: string, email: string, queue: Queue) {
  const ctx = createExecutionContext();
  const res = await app.fetch(postRequest('/api/v1/referrals/withdraw', { reference, email }), { ...env, REFERRAL_QUEUE: queue }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

describe('a withdrawal owes the network a notice', () => {
  it('hands the notice to the queue by referral id only, and marks it queued', async () => {
    const referral = await referralFor(NETWORK_A, PERSONAL);
    const { sent, queue } = recordingQueue();
    expect((await withdrawThroughApi(referral.reference, 'sanne@example.nl', queue)).status).toBe(202);
    expect(sent).toEqual([{ withdrawnReferralId: referral.id }]);
    expect((await getWithdrawalNotice(env.DB, referral.id))?.status).toBe('queued');
  });

  it('does the same from the form at /withdraw', async () => {
    const referral = await referralFor(NETWORK_A, PERSONAL);
    const { sent, queue } = recordingQueue();
    const ctx = createExecutionContext();
    const form = new Request(`${ORIGIN}/withdraw`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'CF-Connecting-IP': someClientAddress() },
      body: new URLSearchParams({ reference: referral.reference, email: 'sanne@example.nl', lang: 'nl' }).toString(),
    });
    expect((await app.fetch(form, { ...env, REFERRAL_QUEUE: queue }, ctx)).status).toBe(200);
    await waitOnExecutionContext(ctx);
    expect(sent).toEqual([{ withdrawnReferralId: referral.id }]);
  });

  it('queues nothing when reference and e-mail address do not match', async () => {
    const referral = await referralFor(NETWORK_A, PERSONAL);
    const { sent, queue } = recordingQueue();
    await withdrawThroughApi(referral.reference, 'someone-else@example.nl', queue);
    expect(sent).toEqual([]);
    expect(await getWithdrawalNotice(env.DB, referral.id)).toBeNull();
  });

  it('still withdraws when the queue refuses: the data is erased and the notice waits as pending for the sweep', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const referral = await referralFor(NETWORK_A, PERSONAL);
    const res = await withdrawThroughApi(referral.reference, 'sanne@example.nl', recordingQueue(true).queue);
    expect(res.status).toBe(202);
    expect(await referralRow(referral.reference)).toMatchObject({ erased_at: expect.any(String), email: null, withdrawal_notice: 'pending' });
  });
});

describe('the queue consumer sends the notice', () => {
  it('as a signed webhook that says referral.withdrawn, with the reference and nothing personal', async () => {
    const referral = await withdrawn();
    const received = webhookAnswering(204);
    expect((await consume([{ withdrawnReferralId: referral.id }])).explicitAcks).toEqual(['m0-1']);
    const request = received[0]!;
    const body = await request.text();
    expect(request.url).toBe(WEBHOOK);
    expect(libraryVerdict(SECRET, { headers: request.headers, body })).toMatchObject({ event: 'referral.withdrawn' });
    expect(request.headers.get('webhook-id')).toBe(`${referral.reference}/withdrawn`);
    expect(JSON.parse(body)).toEqual({
      event: 'referral.withdrawn',
      reference: referral.reference,
      network: { id: NETWORK_A },
      withdrawnAt: (await referralRow(referral.reference))?.withdrawn_at,
      instruction: expect.stringMatching(new RegExp(`${referral.reference}.*Verwijder ook alle gegevens`)),
    });
    for (const text of PERSONAL_TEXTS) expect(body).not.toContain(text);
    expect((await getWithdrawalNotice(env.DB, referral.id))?.status).toBe('sent');
  });

  it('still delivers an old-style { referralId } message as the referral, so receivers see two events', async () => {
    const live = await referralFor(NETWORK_A, PERSONAL);
    const gone = await withdrawn();
    const received = webhookAnswering(200);
    expect((await consume([{ referralId: live.id }, { withdrawnReferralId: gone.id }])).explicitAcks).toEqual(['m0-1', 'm1-1']);
    const bodies = (await Promise.all(received.map((r) => r.json()))) as { event: string; reference: string }[];
    expect(bodies.map((b) => [b.event, b.reference])).toEqual([['referral.created', live.reference], ['referral.withdrawn', gone.reference]]);
    expect((await getReferral(env.DB, live.id))?.deliveryStatus).toBe('delivered');
  });

  it('retries a failing webhook with the referral backoff, then gives up and marks the notice failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const referral = await withdrawn();
    webhookAnswering(503);
    const delays = [];
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) delays.push((await consume([{ withdrawnReferralId: referral.id }], attempt)).retryDelay);
    expect(delays).toEqual([60, 180, 540, 1620, 4860]);
    const last = await consume([{ withdrawnReferralId: referral.id }], MAX_DELIVERY_ATTEMPTS);
    expect([last.explicitAcks, last.retryMessages]).toEqual([[`m0-${MAX_DELIVERY_ATTEMPTS}`], []]);
    expect((await getWithdrawalNotice(env.DB, referral.id))?.status).toBe('failed');
    const attempts = await env.DB.prepare('SELECT count(*) AS n FROM delivery_attempts WHERE referral_id = ?1').bind(referral.id).first<{ n: number }>();
    expect(attempts?.n).toBe(0);
  });

  it('sends a notice once: a repeated message is acknowledged without sending', async () => {
    const referral = await withdrawn();
    const received = webhookAnswering(204);
    await consume([{ withdrawnReferralId: referral.id }]);
    expect((await consume([{ withdrawnReferralId: referral.id }])).explicitAcks).toEqual(['m0-1']);
    expect(received).toHaveLength(1);
  });

  it('sends nothing for a referral that was never withdrawn', async () => {
    const live = await referralFor(NETWORK_A, PERSONAL);
    const received = webhookAnswering(204);
    expect((await consume([{ withdrawnReferralId: live.id }])).explicitAcks).toEqual(['m0-1']);
    expect(received).toEqual([]);
  });

  it('sends it on an e-mail channel through the send_email binding', async () => {
    const referral = await withdrawn(MAIL_NETWORK);
    expect((await consume([{ withdrawnReferralId: referral.id }])).explicitAcks).toEqual(['m0-1']);
    expect((await getWithdrawalNotice(env.DB, referral.id))?.status).toBe('sent');
  });
});
