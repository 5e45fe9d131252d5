/**
 * Self-service partner registration (issue 12): /embed registers a site as pending, behind the
 * Turnstile check and its own rate limit; admins and the chosen network decide in the console;
 * approval makes the partner (its origins registered) and the decision reaches the contact by
 * e-mail through the queue. Until then the site counts as unregistered.
 */
import { createExecutionContext, createMessageBatch, createScheduledController, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import type { RegistrationRequest, RegistrationResponse, RegistrationRow, RegistrationsResponse } from '../../core/partner-registration';
import { TURNSTILE_TEST_KEYS } from '../../core/turnstile-test-keys';
import { app } from '../../worker/app';
import worker from '../../worker/index';
import { listInboxMail } from '../../worker/data';
import { bearer, issueToken, NETWORK_A, NETWORK_B } from './access-fixtures';
import { recordingQueue, resultBody } from './api-fixtures';
import { applyDevSeed } from './dev-seed';
import { ORIGIN, postRequest } from './fetch';

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

/** The worker with Turnstile verified by the local stand-in (in-process), the development inbox on, and a recording queue. */
function configured(secret: string = TURNSTILE_TEST_KEYS.passSecret) {
  const { sent, queue } = recordingQueue();
  const e = {
    ...env, DEV_INBOX: 'on', DEV_TURNSTILE: 'on', TURNSTILE_SITE_KEY: TURNSTILE_TEST_KEYS.passSiteKey, TURNSTILE_SECRET: secret,
    TURNSTILE_VERIFY_URL: `${ORIGIN}/dev/turnstile/siteverify`, REFERRAL_QUEUE: queue,
  };
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => app.fetch(new Request(input, init), e));
  return { e, sent };
}

const registration = (overrides: Partial<Record<keyof RegistrationRequest, unknown>> = {}): RegistrationRequest => ({
  organisation: 'Bakkers Vereniging Utrecht!',
  email: 'secretariaat@bakkers.example',
  origins: ['https://www.bakkers.example'],
  network: NETWORK_B,
  turnstileToken: 'standin-token',
  ...overrides,
}) as RegistrationRequest;

const register = (e: Env, body: unknown = registration(), headers: Record<string, string> = {}) =>
  app.fetch(postRequest('/api/v1/registrations', body, headers), e, createExecutionContext());

const consoleCall = (e: Env, token: string, path: string, body: unknown = {}) =>
  app.fetch(postRequest(`/api/v1/console${path}`, body, bearer(token)), e, createExecutionContext());

const listFor = async (e: Env, token: string) =>
  ((await (await app.fetch(new Request(`${ORIGIN}/api/v1/console/registrations`, { headers: bearer(token) }), e, createExecutionContext())).json()) as RegistrationsResponse).registrations;

/** Runs the real queue handler on one message. */
async function consume(body: unknown, e: Env) {
  const batch = createMessageBatch('cyberscan-referrals', [{ id: 'm-1', timestamp: new Date(), attempts: 1, body }]);
  await worker.queue(batch, e);
  return getQueueResult(batch, createExecutionContext());
}

let admin: string;
let networkA: string;
let networkB: string;
beforeAll(async () => {
  await applyDevSeed();
  admin = await issueToken({ kind: 'admin' }, { name: 'Beheer CyberScan' });
  networkA = await issueToken({ kind: 'network', networkId: NETWORK_A });
  networkB = await issueToken({ kind: 'network', networkId: NETWORK_B }, { name: 'Ayse Demir' });
});
afterEach(() => vi.restoreAllMocks());

describe('registering a site on /embed', () => {
  it('is pending under a partner id made from the organisation, and the site still counts as unregistered', async () => {
    const { e } = configured();
    const res = await register(e);
    expect(res.status).toBe(201);
    const body = (await res.json()) as RegistrationResponse;
    expect(body).toMatchObject({ partnerId: 'bakkers-vereniging-utrecht', status: 'pending' });
    expect(await env.DB.prepare("SELECT 1 FROM partners WHERE id = 'bakkers-vereniging-utrecht'").first()).toBeNull();
    const result = await app.fetch(postRequest('/api/v1/results', resultBody({ partner: body.partnerId }), { Origin: 'https://www.bakkers.example' }), e);
    expect(result.status).toBe(201);
    expect(await env.DB.prepare("SELECT partner_id FROM results ORDER BY rowid DESC LIMIT 1").first('partner_id')).toBe('niet-geregistreerd');
  });

  it('gives a second organisation of the same name the next free id', async () => {
    const { e } = configured();
    const res = await register(e, registration({ origins: ['https://bakkers-twee.example'] }));
    expect(((await res.json()) as RegistrationResponse).partnerId).toBe('bakkers-vereniging-utrecht-2');
  });

  it('refuses an origin with a path, plain http outside localhost and an unknown network, with an issue for each', async () => {
    const { e } = configured();
    const bad = await register(e, registration({ origins: ['https://www.bakkers.example/welkom', 'http://www.bakkers.example'], email: 'geen-adres' }));
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).issues?.map((issue) => issue.path)).toEqual(['email', 'origins.0', 'origins.1']);
    const network = await register(e, registration({ network: 'bestaat-niet' }));
    expect(network.status).toBe(400);
    expect((await errorOf(network)).issues).toEqual([{ path: 'network', message: 'Unknown network.' }]);
  });

  it('takes http on localhost, for a developer\'s own machine, and "landelijk" for no network', async () => {
    const { e } = configured();
    const res = await register(e, registration({ organisation: 'Lokale test', origins: ['http://localhost:4173'], network: 'landelijk' }));
    expect(res.status).toBe(201);
  });

  it('is refused from another site, and without a passing bot check, storing nothing', async () => {
    const { e } = configured(TURNSTILE_TEST_KEYS.failSecret);
    const before = await env.DB.prepare('SELECT count(*) AS n FROM partner_registrations').first('n');
    const foreign = await register(e, registration(), { Origin: 'https://www.bakkers.example' });
    expect([foreign.status, (await errorOf(foreign)).code]).toEqual([403, 'origin_not_allowed']);
    const failing = await register(e);
    expect([failing.status, (await errorOf(failing)).code]).toEqual([403, 'turnstile_failed']);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM partner_registrations').first('n')).toBe(before);
  });

  it('allows three a minute from one client: the fourth gets 429', async () => {
    const { e } = configured();
    const client = { 'CF-Connecting-IP': '2001:db8::124' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await register(e, registration({ organisation: `Snelle club ${i}` }), client)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe('deciding a registration in the console', () => {
  const pendingId = async (e: Env, organisation: string, network = NETWORK_B) =>
    ((await (await register(e, registration({ organisation, network, origins: [`https://${organisation.toLowerCase().replace(/\W+/g, '')}.example`] }))).json()) as RegistrationResponse).registration;

  it('shows admins every registration, and a network only those that chose it', async () => {
    const { e } = configured();
    const forB = await pendingId(e, 'Voor Utrecht');
    const forA = await pendingId(e, 'Voor Cyberwerf', NETWORK_A);
    const ids = (rows: readonly RegistrationRow[]) => rows.map((row) => row.id);
    expect(ids(await listFor(e, admin))).toEqual(expect.arrayContaining([forA, forB]));
    expect(ids(await listFor(e, networkB))).toContain(forB);
    expect(ids(await listFor(e, networkB))).not.toContain(forA);
    const foreign = await consoleCall(e, networkB, `/registrations/${forA}/approve`);
    expect([foreign.status, (await errorOf(foreign)).code]).toEqual([404, 'registration_not_found']);
  });

  it('approval registers the partner with its origins and network, e-mails the code, and the site then counts as itself', async () => {
    const { e, sent } = configured();
    const id = await pendingId(e, 'Ondernemers Oost');
    const res = await consoleCall(e, networkB, `/registrations/${id}/approve`);
    expect(res.status).toBe(200);
    const { registration: row } = (await res.json()) as { registration: RegistrationRow };
    expect(row).toMatchObject({ status: 'approved', decidedBy: 'Ayse Demir', decisionMail: 'queued' });
    const partner = await env.DB.prepare('SELECT * FROM partners WHERE id = ?1').bind(row.partnerId).first();
    expect(partner).toMatchObject({ name: 'Ondernemers Oost', allowed_origins: '["https://ondernemersoost.example"]', default_network_id: NETWORK_B });
    expect(sent).toEqual([{ decidedRegistrationId: String(id) }]);

    await consume(sent[0], { ...e, PUBLIC_ORIGIN: 'https://cyberscan.example' });
    const mail = (await listInboxMail(env.DB)).find((m) => m.to === 'secretariaat@bakkers.example' && m.text.includes(row.partnerId));
    expect(mail?.subject).toBe('CyberScan: je aanmelding is goedgekeurd');
    expect(mail?.text).toContain(`<cyber-scan partner="${row.partnerId}" lang="nl"></cyber-scan>`);
    expect(mail?.text).toContain(`src="${ORIGIN}/widget.js"`);

    const result = await app.fetch(postRequest('/api/v1/results', resultBody({ partner: row.partnerId }), { Origin: 'https://ondernemersoost.example' }), e);
    expect(result.status).toBe(201);
    expect(await env.DB.prepare('SELECT partner_id FROM results ORDER BY rowid DESC LIMIT 1').first('partner_id')).toBe(row.partnerId);

    const again = await consoleCall(e, admin, `/registrations/${id}/refuse`);
    expect([again.status, (await errorOf(again)).code]).toEqual([409, 'registration_decided']);
  });

  it('refusal tells the contact politely, with the reason, and registers nothing', async () => {
    const { e, sent } = configured();
    const id = await pendingId(e, 'Twijfelachtig');
    const res = await consoleCall(e, admin, `/registrations/${id}/refuse`, { reason: 'We kennen deze organisatie niet.' });
    expect(res.status).toBe(200);
    expect(await env.DB.prepare("SELECT 1 FROM partners WHERE id = 'twijfelachtig'").first()).toBeNull();
    await consume(sent[0], e);
    const mail = (await listInboxMail(env.DB)).find((m) => m.text.includes('Twijfelachtig'));
    expect(mail?.subject).toBe('CyberScan: je aanmelding is niet goedgekeurd');
    expect(mail?.text).toContain('De reden: We kennen deze organisatie niet.');
  });

  it('cannot approve a registration whose partner id a partner got meanwhile: 409, and it stays pending', async () => {
    const { e } = configured();
    const id = await pendingId(e, 'Dubbel bezet');
    await env.DB.prepare("INSERT INTO partners (id, name) VALUES ('dubbel-bezet', 'Eerder')").run();
    const res = await consoleCall(e, admin, `/registrations/${id}/approve`);
    expect([res.status, (await errorOf(res)).code]).toEqual([409, 'partner_exists']);
    expect(await env.DB.prepare('SELECT status FROM partner_registrations WHERE id = ?1').bind(id).first('status')).toBe('pending');
  });

  it('a decision e-mail the queue refused waits as pending, and the sweep queues it ten minutes later', async () => {
    const { e } = configured();
    const id = await pendingId(e, 'Wachtrij weg');
    const refusing = recordingQueue(true);
    await consoleCall({ ...e, REFERRAL_QUEUE: refusing.queue }, admin, `/registrations/${id}/approve`);
    expect(await env.DB.prepare('SELECT decision_mail FROM partner_registrations WHERE id = ?1').bind(id).first('decision_mail')).toBe('pending');
    const { sent, queue } = recordingQueue();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() + 11 * 60_000, cron: '*/10 * * * *' }), { ...e, REFERRAL_QUEUE: queue });
    expect(sent).toContainEqual({ decidedRegistrationId: String(id) });
  });
});

describe('the contact e-mail address of a registration', () => {
  it('is erased 90 days after the decision and a year after a registration nobody decided; the history stays', async () => {
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
    const insert = (email: string, status: string, created: string, decided: string | null) =>
      env.DB.prepare(
        `INSERT INTO partner_registrations (partner_id, organisation, contact_email, origins, status, created_day, decided_at, decided_by)
         VALUES (?1, ?1, ?2, '["https://oud.example"]', ?3, ?4, ?5, ?6) RETURNING id`,
      ).bind(email.split('@')[0], email, status, created.slice(0, 10), decided, decided && 'Beheer').first<{ id: number }>();
    const old = await insert('oud@example.nl', 'approved', day(200), day(91));
    const recent = await insert('recent@example.nl', 'refused', day(100), day(89));
    const forgotten = await insert('vergeten@example.nl', 'pending', day(366), null);
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 3 * * *' }), env);
    const email = (id: number) => env.DB.prepare('SELECT contact_email, decided_by FROM partner_registrations WHERE id = ?1').bind(id).first();
    expect(await email(old!.id)).toEqual({ contact_email: null, decided_by: 'Beheer' });
    expect(await email(recent!.id)).toEqual({ contact_email: 'recent@example.nl', decided_by: 'Beheer' });
    expect((await email(forgotten!.id))?.contact_email).toBeNull();
  });
});
