import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { app } from '../../worker/app';
import worker from '../../worker/index';
import { createReferral, getReferral, getWithdrawalNotice, sha256Hex } from '../../worker/data';
import { withdrawReferral } from '../../worker/data/withdrawal';
import { signLegacy } from '../../worker/delivery/signature-legacy';
import { applyDevSeed } from './dev-seed';
import { newReferral } from './data/referral-fixture';
import { get, ORIGIN } from './fetch';

/** The vars `npm start` passes (package.json). */
const DEV_SECRET = 'whsec_ZGV2ZWxvcG1lbnQtaW5ib3gta2V5LW5vdC1zZWNyZXQ=';
const devEnv = { ...env, DEV_INBOX: 'on', DEV_ORIGIN: ORIGIN, DEV_INBOX_SECRET: DEV_SECRET };

beforeAll(applyDevSeed);
afterEach(() => vi.restoreAllMocks());

const inbox = (init?: RequestInit) => app.fetch(new Request(`${ORIGIN}/dev/inbox`, init), devEnv);
const now = () => Math.floor(Date.now() / 1000);

/** Posts `body` to the inbox signed per Standard Webhooks, by the library (the sender's side here). */
function signedDelivery(body: string, secret = DEV_SECRET, timestamp = now(), sent = body) {
  const id = JSON.parse(body).reference;
  return inbox({
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': new Webhook(secret).sign(id, new Date(timestamp * 1000), body),
    },
    body: sent,
  });
}

/** Posts `body` to the inbox with the legacy X-CyberScan headers. */
async function legacyDelivery(body: string, secret = DEV_SECRET, timestamp = now()) {
  return inbox({
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-CyberScan-Timestamp': String(timestamp),
      'X-CyberScan-Signature': await signLegacy(secret, timestamp, body),
      'X-CyberScan-Delivery': JSON.parse(body).reference,
    },
    body,
  });
}

/** `pattern` in the inbox's table row of `reference`, not in a later one. */
const inOneRow = (reference: string, pattern: string) => new RegExp(`${reference}</code></td>(?:(?!</tr>)[\\s\\S])*?${pattern}`);

const payload = (reference: string, company: string) =>
  JSON.stringify({ reference, network: { id: 'cyberwerf', name: 'Cyberwerf' }, company: { name: company } });

describe('the development inbox', () => {
  it('does not exist unless DEV_INBOX is on, as in production', async () => {
    expect((await get('/dev/inbox')).status).toBe(404);
    expect((await get('/dev/inbox', { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('keeps a delivery signed per Standard Webhooks, answers 204 and shows the check passed', async () => {
    const res = await signedDelivery(payload('CS-2222-3333', 'Garage Zuid'));
    expect(res.status).toBe(204);
    expect(await (await inbox()).text()).toMatch(/Garage Zuid[\s\S]*?class="ok">ja <span class="format">\(Standard Webhooks\)/);
  });

  it('keeps a delivery with the legacy signature too, and says it was legacy', async () => {
    const res = await legacyDelivery(payload('CS-2222-4444', 'Garage Noord'));
    expect(res.status).toBe(204);
    expect(await (await inbox()).text()).toMatch(/Garage Noord[\s\S]*?class="ok">ja <span class="format">\(legacy X-CyberScan\)/);
  });

  it.each([
    ['a wrong key', (body: string) => signedDelivery(body, 'whsec_bm90LXRoZS1kZXZlbG9wbWVudC1rZXk=')],
    ['an old timestamp', (body: string) => signedDelivery(body, DEV_SECRET, now() - 3600)],
    ['a changed body', (body: string) => signedDelivery(body, DEV_SECRET, now(), body.replace('"Vervalst BV"', '"Vervalst BV "'))],
    ['a wrong legacy key', (body: string) => legacyDelivery(body, 'not-the-dev-secret')],
    ['an old legacy timestamp', (body: string) => legacyDelivery(body, DEV_SECRET, now() - 3600)],
    ['no signature', (body: string) => inbox({ method: 'POST', body })],
  ])('answers 401 to a delivery with %s, and shows it as not signed', async (_, send) => {
    const res = await send(payload('CS-4444-5555', 'Vervalst BV'));
    expect(res.status).toBe(401);
    const page = await (await inbox()).text();
    expect(page).toContain('Vervalst BV');
    expect(page).toMatch(/class="bad">NEE/);
  });

  it('lists deliveries newest first, escaped, under a strict CSP without inline styles or scripts', async () => {
    await signedDelivery(payload('CS-6666-7777', 'Eerst & Co'));
    await signedDelivery(payload('CS-8888-9999', '<script>alert(1)</script>'));
    const res = await inbox();
    expect(res.headers.get('Content-Security-Policy')).toContain("style-src 'self'");
    const page = await res.text();
    expect(page.indexOf('CS-8888-9999')).toBeLessThan(page.indexOf('CS-6666-7777'));
    expect(page).toContain('Eerst &amp; Co');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).not.toMatch(/<style|\sstyle=|<script/);
    expect(page).toContain('href="/dev/inbox.css"');
    expect((await app.fetch(new Request(`${ORIGIN}/dev/inbox.css`), devEnv)).headers.get('Content-Type')).toMatch(/^text\/css/);
  });

  it('receives a referral end to end: queue consumer, signed HTTP webhook to DEV_ORIGIN, verified and listed', async () => {
    const { referral } = await createReferral(env.DB, { ...newReferral, companyName: 'Rondreis Repro' }, await sha256Hex('end-to-end'));
    // Outbound fetch reaches this worker as a real HTTP request would, with the dev vars on.
    const outbound = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => app.fetch(new Request(input, init), devEnv));
    const batch = createMessageBatch('cyberscan-referrals', [{ id: 'e2e', timestamp: new Date(), attempts: 1, body: { referralId: referral.id } }]);
    await worker.queue(batch, devEnv);
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(['e2e']);
    expect(String(outbound.mock.calls[0]?.[0])).toBe(`${ORIGIN}/dev/inbox`);
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('delivered');
    const page = await (await inbox()).text();
    expect(page).toContain(referral.reference);
    expect(page).toContain('Rondreis Repro');
    expect(page).toMatch(inOneRow(referral.reference, 'class="ok">ja <span class="format">\\(Standard Webhooks\\)'));
  });

  it('receives a referral end to end from a channel switched to legacy, and says so', async () => {
    await env.DB.prepare("UPDATE network_channels SET signature_format = 'legacy' WHERE network_id = 'cybernetwerk-utrecht'").run();
    const { referral } = await createReferral(env.DB, { ...newReferral, networkId: 'cybernetwerk-utrecht', companyName: 'Oud Maar Goed' }, await sha256Hex('legacy-e2e'));
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => app.fetch(new Request(input, init), devEnv));
    const batch = createMessageBatch('cyberscan-referrals', [{ id: 'legacy', timestamp: new Date(), attempts: 1, body: { referralId: referral.id } }]);
    await worker.queue(batch, devEnv);
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('delivered');
    expect(await (await inbox()).text()).toMatch(inOneRow(referral.reference, 'class="ok">ja <span class="format">\\(legacy X-CyberScan\\)'));
  });

  it('receives a withdrawal notice end to end and lists it as ingetrokken, without the company', async () => {
    const { referral } = await createReferral(env.DB, { ...newReferral, companyName: 'Weg Ermee BV' }, await sha256Hex('withdrawn-e2e'));
    await withdrawReferral(env.DB, referral.reference, newReferral.email);
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => app.fetch(new Request(input, init), devEnv));
    const batch = createMessageBatch('cyberscan-referrals', [{ id: 'notice', timestamp: new Date(), attempts: 1, body: { withdrawnReferralId: referral.id } }]);
    await worker.queue(batch, devEnv);
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(['notice']);
    expect((await getWithdrawalNotice(env.DB, referral.id))?.status).toBe('sent');
    const page = await (await inbox()).text();
    expect(page).toMatch(new RegExp(`${referral.reference}/withdrawn</code></td>\\s*<td class="withdrawn">ingetrokken</td>[\\s\\S]*?\\(gewist\\)[\\s\\S]*?class="ok">ja`));
    expect(page).not.toContain('Weg Ermee BV');
  });
});
