/**
 * "Stuur een uitnodiging voor de hercheck": after the students' scan a network invites the
 * entrepreneur to do the check again. Asked once per referral, only for its own referrals and
 * only once the scan is done; e-mailed through the one mail sender, queued, retried, given up on
 * and swept like the confirmation e-mail, and shown in the development inbox under npm start.
 */
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bankStructure } from '../../core/bank';
import type { ErrorBody } from '../../core/contracts';
import type { ReferralDetail } from '../../core/inbox';
import { unpackResult } from '../../core/result-link';
import { app } from '../../worker/app';
import worker from '../../worker/index';
import { listInboxMail } from '../../worker/data';
import { withdrawReferral } from '../../worker/data/withdrawal';
import { MAX_DELIVERY_ATTEMPTS, RETRY_DELAYS_SECONDS } from '../../worker/delivery/backoff';
import { everyAnswer, recordingQueue } from './api-fixtures';
import { NETWORK_A, NETWORK_B, bearer, issueToken, patchWith, referralFor } from './access-fixtures';
import { applyDevSeed } from './dev-seed';
import { ORIGIN, get } from './fetch';

const path = (reference: string) => `/api/v1/console/referrals/${reference}`;
const invitationPath = (reference: string) => `${path(reference)}/recheck-invitation`;
const codeOf = async (res: Response) => ((await res.json()) as ErrorBody).error.code;

let tokenA: string;
let tokenB: string;
let admin: string;

beforeAll(async () => {
  await applyDevSeed();
  tokenA = await issueToken({ kind: 'network', networkId: NETWORK_A }, { name: 'Sanne de Boer' });
  tokenB = await issueToken({ kind: 'network', networkId: NETWORK_B });
  admin = await issueToken({ kind: 'admin' });
});
afterEach(() => vi.restoreAllMocks());

/** Asks for the invitation through the worker's real app, with `queue` as REFERRAL_QUEUE. */
async function invite(token: string, reference: string, queue: Queue, body: unknown = {}) {
  const ctx = createExecutionContext();
  const init = { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) };
  const res = await app.fetch(new Request(`${ORIGIN}${invitationPath(reference)}`, init), { ...env, REFERRAL_QUEUE: queue }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

/** A referral of network A whose scan is done, with the answers shared (of this bank) unless `shared` is false. */
async function scanDone(shared = true, email = 'bakker@korenschoof.example') {
  const referral = await referralFor(NETWORK_A, {
    email, bankVersion: bankStructure.version, ...(shared ? { sharedAnswers: everyAnswer('no') } : {}),
  });
  await patchWith(tokenA, path(referral.reference), { status: 'scan_planned', scanPlannedOn: '2026-12-10' });
  expect((await patchWith(tokenA, path(referral.reference), { status: 'scan_done' })).status).toBe(200);
  return referral;
}

/** The real (simulated) send_email binding, recording what it was given. */
function recordingBinding() {
  const sent: { to: string; subject: string; text: string }[] = [];
  const binding = {
    send: async (message: (typeof sent)[number]) => {
      sent.push(message);
      return env.REFERRAL_MAIL.send(message as unknown as Parameters<SendEmail['send']>[0] & { from: string });
    },
  } as unknown as SendEmail;
  return { sent, binding };
}
const sendingEnv = (binding: SendEmail) => ({ ...env, MAIL_FROM: 'cyberscan@cyberscan.example', PUBLIC_ORIGIN: 'https://cyberscan.example', REFERRAL_MAIL: binding });

/** Runs the worker's real queue handler on one message body as the queue's `attempts`-th try. */
async function consume(body: unknown, testEnv: Env, attempts = 1) {
  const batch = createMessageBatch('cyberscan-referrals', [{ id: `i-${attempts}`, timestamp: new Date(), attempts, body }]);
  const retry = vi.spyOn(batch.messages[0]!, 'retry');
  await worker.queue(batch, testEnv);
  return { ...(await getQueueResult(batch, createExecutionContext())), retryDelay: retry.mock.calls[0]?.[0]?.delaySeconds };
}

const invitationOf = (id: string) =>
  env.DB.prepare('SELECT status, requested_by_name FROM recheck_invitations WHERE referral_id = ?1').bind(id).first<{ status: string; requested_by_name: string }>();

describe('asking for the invitation in the console', () => {
  it('queues it by referral id and shows it in the referral, with who asked', async () => {
    const referral = await scanDone();
    const { sent, queue } = recordingQueue();
    const res = await invite(tokenA, referral.reference, queue);
    expect(res.status).toBe(202);
    const { referral: detail } = (await res.json()) as { referral: ReferralDetail };
    expect(detail.recheckInvitation).toMatchObject({ status: 'queued', by: 'network', byName: 'Sanne de Boer' });
    expect(sent).toEqual([{ recheckInviteReferralId: referral.id }]);
  });

  it('is refused the second time, so a double click sends one e-mail', async () => {
    const referral = await scanDone();
    const { sent, queue } = recordingQueue();
    await invite(tokenA, referral.reference, queue);
    const again = await invite(tokenA, referral.reference, queue);
    expect(again.status).toBe(409);
    expect(await codeOf(again)).toBe('invitation_already_sent');
    expect(sent).toHaveLength(1);
  });

  it('is refused before the scan is done', async () => {
    const referral = await referralFor(NETWORK_A);
    const { sent, queue } = recordingQueue();
    const res = await invite(tokenA, referral.reference, queue);
    expect(res.status).toBe(409);
    expect(await codeOf(res)).toBe('not_scan_done');
    expect(sent).toEqual([]);
    expect(await invitationOf(referral.id)).toBeNull();
  });

  it("is 404 for another network's referral, exactly as for a reference that does not exist; an admin may", async () => {
    const referral = await scanDone();
    const { sent, queue } = recordingQueue();
    const other = await invite(tokenB, referral.reference, queue);
    expect(other.status).toBe(404);
    expect(await codeOf(other)).toBe('referral_not_found');
    expect(await codeOf(await invite(tokenB, 'CS-2222-2222', queue))).toBe('referral_not_found');
    expect(await invitationOf(referral.id)).toBeNull();
    expect(sent).toEqual([]);
    expect((await invite(admin, referral.reference, queue)).status).toBe(202);
  });

  it('answers bad input with a clear 4xx JSON error and stores nothing', async () => {
    const referral = await scanDone();
    const { queue } = recordingQueue();
    const extra = await invite(tokenA, referral.reference, queue, { to: 'iemand@anders.example' });
    expect(extra.status).toBe(400);
    expect(await codeOf(extra)).toBe('invalid_body');
    expect(await codeOf(await invite(tokenA, referral.reference, queue, '{'))).toBe('invalid_json');
    expect(await codeOf(await invite(tokenA, 'CS-nope', queue))).toBe('invalid_param');
    expect(await invitationOf(referral.id)).toBeNull();
  });

  it('is refused once the entrepreneur withdrew: no address is left', async () => {
    const referral = await scanDone(true, 'ingetrokken@korenschoof.example');
    await withdrawReferral(env.DB, referral.reference, 'ingetrokken@korenschoof.example');
    const res = await invite(tokenA, referral.reference, recordingQueue().queue);
    expect(res.status).toBe(409);
    expect(await codeOf(res)).toBe('referral_erased');
  });

  it('waits as pending when the queue refuses, and the sweep queues it ten minutes later', async () => {
    const referral = await scanDone();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await invite(tokenA, referral.reference, recordingQueue(true).queue);
    expect(res.status).toBe(202);
    expect(await invitationOf(referral.id)).toMatchObject({ status: 'pending' });
    const { sent, queue } = recordingQueue();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() + 11 * 60_000, cron: '*/10 * * * *' }), { ...env, REFERRAL_QUEUE: queue });
    expect(sent).toContainEqual({ recheckInviteReferralId: referral.id });
    expect(await invitationOf(referral.id)).toMatchObject({ status: 'queued' });
  });
});

describe('sending the invitation', () => {
  it('e-mails the entrepreneur a link that starts the re-check from the shared answers, marked as after the scan', async () => {
    const referral = await scanDone();
    await invite(tokenA, referral.reference, recordingQueue().queue);
    const mail = recordingBinding();
    expect((await consume({ recheckInviteReferralId: referral.id }, sendingEnv(mail.binding))).explicitAcks).toEqual(['i-1']);
    expect(mail.sent).toHaveLength(1);
    const message = mail.sent[0]!;
    expect(message.to).toBe('bakker@korenschoof.example');
    expect(message.subject).toBe(`CyberScan: doe de check opnieuw na je scan (${referral.reference})`);
    const link = /https:\/\/cyberscan\.example\/frame\S+/.exec(message.text)?.[0];
    const url = new URL(link!);
    expect(url.searchParams.get('partner')).toBe(referral.partnerId);
    expect(url.searchParams.get('network')).toBe(NETWORK_A);
    const fragment = new URLSearchParams(url.hash.slice(1));
    expect(fragment.get('hercheck')).toBe('scan');
    expect(unpackResult(bankStructure, fragment.get('cyberscan')!)).toEqual({ ok: true, answers: everyAnswer('no') });
    expect(await invitationOf(referral.id)).toMatchObject({ status: 'sent' });
  });

  it('without shared answers, links the check itself, and carries no answers', async () => {
    const referral = await scanDone(false);
    await invite(tokenA, referral.reference, recordingQueue().queue);
    const mail = recordingBinding();
    await consume({ recheckInviteReferralId: referral.id }, sendingEnv(mail.binding));
    expect(mail.sent[0]!.text).toContain(`Doe de check hier: https://cyberscan.example/frame?partner=${referral.partnerId}&lang=nl&network=${NETWORK_A}\n`);
    expect(mail.sent[0]!.text).not.toContain('#');
  });

  it('is sent once: a repeated message is acknowledged without sending', async () => {
    const referral = await scanDone();
    await invite(tokenA, referral.reference, recordingQueue().queue);
    const mail = recordingBinding();
    await consume({ recheckInviteReferralId: referral.id }, sendingEnv(mail.binding));
    expect((await consume({ recheckInviteReferralId: referral.id }, sendingEnv(mail.binding))).explicitAcks).toEqual(['i-1']);
    expect(mail.sent).toHaveLength(1);
  });

  it('lands in the development inbox under npm start, and nothing goes out', async () => {
    const referral = await scanDone(true, 'inbox@korenschoof.example');
    await invite(tokenA, referral.reference, recordingQueue().queue);
    const outgoing = recordingBinding();
    await consume({ recheckInviteReferralId: referral.id }, { ...sendingEnv(outgoing.binding), DEV_INBOX: 'on', PUBLIC_ORIGIN: undefined, DEV_ORIGIN: ORIGIN });
    expect(outgoing.sent).toEqual([]);
    const [mail] = (await listInboxMail(env.DB)).filter((m) => m.to === 'inbox@korenschoof.example');
    expect(mail?.subject).toBe(`CyberScan: doe de check opnieuw na je scan (${referral.reference})`);
    expect(mail?.text).toContain(`${ORIGIN}/frame?partner=`);
  });

  it('is retried with the referral backoff while sending fails (no MAIL_FROM), then marked failed, and may then be asked again', async () => {
    const referral = await scanDone();
    await invite(tokenA, referral.reference, recordingQueue().queue);
    const failing = { ...env, MAIL_FROM: undefined };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = await consume({ recheckInviteReferralId: referral.id }, failing);
    expect(first.explicitAcks).toEqual([]);
    expect(first.retryDelay).toBe(RETRY_DELAYS_SECONDS[0]);
    expect(await invitationOf(referral.id)).toMatchObject({ status: 'queued' });
    const last = await consume({ recheckInviteReferralId: referral.id }, failing, MAX_DELIVERY_ATTEMPTS);
    expect(last.explicitAcks).toEqual([`i-${MAX_DELIVERY_ATTEMPTS}`]);
    expect(await invitationOf(referral.id)).toMatchObject({ status: 'failed' });
    const { sent, queue } = recordingQueue();
    expect((await invite(tokenA, referral.reference, queue)).status).toBe(202);
    expect(sent).toEqual([{ recheckInviteReferralId: referral.id }]);
  });

  it("opens a page whose check counts for the inviting network; a network id that is not one is a 400", async () => {
    const page = await get(`/frame?partner=demo&lang=nl&network=${NETWORK_A}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`<cyber-scan partner="demo" lang="nl" network="${NETWORK_A}"></cyber-scan>`);
    expect(await (await get('/frame?partner=demo')).text()).toContain('<cyber-scan partner="demo" lang="nl"></cyber-scan>');
    const bad = await get('/frame?partner=demo&network=%22%3E%3Cscript%3E');
    expect(bad.status).toBe(400);
    expect(await codeOf(bad)).toBe('invalid_query');
  });

  it('is dropped, unsent, when the entrepreneur withdrew after it was asked for', async () => {
    const referral = await scanDone(true, 'weg@korenschoof.example');
    await invite(tokenA, referral.reference, recordingQueue().queue);
    await withdrawReferral(env.DB, referral.reference, 'weg@korenschoof.example');
    const mail = recordingBinding();
    expect((await consume({ recheckInviteReferralId: referral.id }, sendingEnv(mail.binding))).explicitAcks).toEqual(['i-1']);
    expect(mail.sent).toEqual([]);
  });
});
