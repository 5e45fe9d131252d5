/**
 * The confirmation e-mail to the entrepreneur: owed from the moment the referral is stored, queued
 * after the answer, sent once through the one mail sender (Email Sending's structured send() on
 * the real, simulated send_email binding; the development inbox under `npm start`), retried and
 * given up on like a referral, and swept when the queue never got it.
 */
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/app';
import worker from '../../worker/index';
import { getConfirmationMail, listInboxMail } from '../../worker/data';
import { withdrawReferral } from '../../worker/data/withdrawal';
import { MAX_DELIVERY_ATTEMPTS, RETRY_DELAYS_SECONDS } from '../../worker/delivery/backoff';
import { idempotencyKey, recordingQueue, referralBody, registerPartners } from './api-fixtures';
import { NETWORK_A, referralFor, referralRow } from './access-fixtures';
import { applyDevSeed } from './dev-seed';
import { ORIGIN, postRequest } from './fetch';

/**
 * The real (simulated) send_email binding, with a record of what it was given: miniflare checks
 * each structured send() as Email Sending would, and a spy on the binding itself cannot call through.
 */
function recordingBinding() {
  const sent: { from: unknown; to: string; subject: string; text: string }[] = [];
  const binding = {
    send: async (message: (typeof sent)[number]) => {
      sent.push(message);
      return env.REFERRAL_MAIL.send(message as Parameters<SendEmail['send']>[0] & { from: string });
    },
  } as unknown as SendEmail;
  return { sent, binding };
}

const sendingEnv = (binding: SendEmail) => ({ ...env, MAIL_FROM: 'cyberscan@cyberscan.example', PUBLIC_ORIGIN: 'https://cyberscan.example', REFERRAL_MAIL: binding });

beforeAll(async () => {
  await registerPartners();
  await applyDevSeed();
});
afterEach(() => vi.restoreAllMocks());

/** Runs the worker's real queue handler on one message body as the queue's `attempts`-th try. */
async function consume(body: unknown, testEnv: Env, attempts = 1) {
  const batch = createMessageBatch('cyberscan-referrals', [{ id: `c-${attempts}`, timestamp: new Date(), attempts, body }]);
  const retry = vi.spyOn(batch.messages[0]!, 'retry');
  await worker.queue(batch, testEnv);
  return { ...(await getQueueResult(batch, createExecutionContext())), retryDelay: retry.mock.calls[0]?.[0]?.delaySeconds };
}

const statusOf = async (id: string) => (await referralRow((await env.DB.prepare('SELECT reference FROM referrals WHERE id = ?1').bind(id).first<{ reference: string }>())!.reference))?.confirmation_mail;

describe('a new referral owes the entrepreneur a confirmation', () => {
  it('is queued by referral id with the referral, and marked queued', async () => {
    const { sent, queue } = recordingQueue();
    const ctx = createExecutionContext();
    const res = await app.fetch(postRequest('/api/v1/referrals', referralBody(), { ...idempotencyKey(), Origin: 'https://www.lindewaard.example' }), { ...env, REFERRAL_QUEUE: queue }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(201);
    const row = await referralRow(((await res.json()) as { reference: string }).reference);
    expect(sent).toEqual([{ referralId: row!.id }, { confirmReferralId: row!.id }]);
    expect(row!.confirmation_mail).toBe('queued');
  });

  it('waits as pending when the queue refuses, and the sweep queues it ten minutes later', async () => {
    const refusing = recordingQueue(true);
    const ctx = createExecutionContext();
    const res = await app.fetch(postRequest('/api/v1/referrals', referralBody(), { ...idempotencyKey(), Origin: 'https://www.lindewaard.example' }), { ...env, REFERRAL_QUEUE: refusing.queue }, ctx);
    await waitOnExecutionContext(ctx);
    expect(res.status).toBe(201);
    const row = await referralRow(((await res.json()) as { reference: string }).reference);
    expect(row!.confirmation_mail).toBe('pending');

    const { sent, queue } = recordingQueue();
    const later = Date.parse(String(row!.created_at)) + 11 * 60_000;
    await worker.scheduled(createScheduledController({ scheduledTime: later, cron: '*/10 * * * *' }), { ...env, REFERRAL_QUEUE: queue });
    expect(sent).toContainEqual({ confirmReferralId: row!.id });
    expect(await statusOf(String(row!.id))).toBe('queued');
  });
});

describe('sending the confirmation', () => {
  it('goes through the send_email binding with the reference, the network and the withdrawal link', async () => {
    const referral = await referralFor(NETWORK_A);
    const mail = recordingBinding();
    expect((await consume({ confirmReferralId: referral.id }, sendingEnv(mail.binding))).explicitAcks).toEqual(['c-1']);
    expect(mail.sent).toHaveLength(1);
    const message = mail.sent[0]!;
    expect(message.from).toEqual({ email: 'cyberscan@cyberscan.example', name: 'CyberScan' });
    expect(message.to).toBe(referral.email);
    expect(message.subject).toContain(referral.reference);
    expect(message.text).toContain(`https://cyberscan.example/withdraw?reference=${referral.reference}`);
    expect((await getConfirmationMail(env.DB, referral.id))?.status).toBe('sent');
  });

  it('is sent once: a repeated message is acknowledged without sending', async () => {
    const referral = await referralFor(NETWORK_A);
    const mail = recordingBinding();
    await consume({ confirmReferralId: referral.id }, sendingEnv(mail.binding));
    expect((await consume({ confirmReferralId: referral.id }, sendingEnv(mail.binding))).explicitAcks).toEqual(['c-1']);
    expect(mail.sent).toHaveLength(1);
  });

  it('lands in the development inbox under npm start, and nothing goes out', async () => {
    const referral = await referralFor(NETWORK_A, { email: 'inbox@bakker.example' });
    const outgoing = recordingBinding();
    await consume({ confirmReferralId: referral.id }, { ...sendingEnv(outgoing.binding), DEV_INBOX: 'on', PUBLIC_ORIGIN: undefined, DEV_ORIGIN: ORIGIN });
    expect(outgoing.sent).toEqual([]);
    const [mail] = (await listInboxMail(env.DB)).filter((m) => m.to === 'inbox@bakker.example');
    expect(mail?.subject).toBe(`CyberScan: je aanvraag ${referral.reference} voor een scan`);
    expect(mail?.text).toContain(`${ORIGIN}/withdraw?reference=${referral.reference}`);
  });

  it('is retried with the referral backoff while sending fails (no MAIL_FROM), then marked failed', async () => {
    const referral = await referralFor(NETWORK_A);
    const failing = { ...env, MAIL_FROM: undefined };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = await consume({ confirmReferralId: referral.id }, failing);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryDelay).toBe(RETRY_DELAYS_SECONDS[0]);
    expect((await getConfirmationMail(env.DB, referral.id))?.status).toBe('pending');
    const last = await consume({ confirmReferralId: referral.id }, failing, MAX_DELIVERY_ATTEMPTS);
    expect(last.explicitAcks).toEqual([`c-${MAX_DELIVERY_ATTEMPTS}`]);
    expect((await getConfirmationMail(env.DB, referral.id))?.status).toBe('failed');
  });

  it('is dropped, unsent, once the entrepreneur withdrew and the address is erased', async () => {
    const referral = await referralFor(NETWORK_A, { email: 'weg@bakker.example' });
    await withdrawReferral(env.DB, referral.reference, 'weg@bakker.example');
    const mail = recordingBinding();
    expect((await consume({ confirmReferralId: referral.id }, sendingEnv(mail.binding))).explicitAcks).toEqual(['c-1']);
    expect(mail.sent).toEqual([]);
  });
});
