import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { updateReferralStatus } from '../../worker/data/inbox-status';
import { NETWORK_A, NETWORK_B, getWith, issueToken, patchWith, referralFor, referralRow } from './access-fixtures';
import { get } from './fetch';

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

interface ListBody {
  referrals: { reference: string; networkId: string; [field: string]: unknown }[];
  nextCursor: string | null;
}
const listOf = async (res: Response) => (await res.json()) as ListBody;

let tokenA: string;
let tokenB: string;
let admin: string;

beforeAll(async () => {
  tokenA = await issueToken({ kind: 'network', networkId: NETWORK_A });
  tokenB = await issueToken({ kind: 'network', networkId: NETWORK_B });
  admin = await issueToken({ kind: 'admin' });
});

describe('GET /api/v1/console/referrals', () => {
  it("lists only the token's own network, newest first, without heavy fields", async () => {
    const older = await referralFor(NETWORK_A, {}, new Date('2026-05-01T10:00:00Z'));
    const newer = await referralFor(NETWORK_A, {}, new Date('2026-05-02T10:00:00Z'));
    const theirs = await referralFor(NETWORK_B);
    const { referrals } = await listOf(await getWith(tokenA, '/api/v1/console/referrals'));
    const references = referrals.map((r) => r.reference);
    expect(references.indexOf(newer.reference)).toBeLessThan(references.indexOf(older.reference));
    expect(references).not.toContain(theirs.reference);
    expect(referrals.every((r) => r.networkId === NETWORK_A)).toBe(true);
    for (const heavy of ['email', 'phone', 'message', 'answers', 'note', 'id']) expect(referrals[0]).not.toHaveProperty(heavy);
  });

  it('lists every network for an admin, or one with ?network=', async () => {
    const a = await referralFor(NETWORK_A);
    const b = await referralFor(NETWORK_B);
    const all = (await listOf(await getWith(admin, '/api/v1/console/referrals?limit=100'))).referrals.map((r) => r.reference);
    expect(all).toEqual(expect.arrayContaining([a.reference, b.reference]));
    const onlyB = (await listOf(await getWith(admin, `/api/v1/console/referrals?network=${NETWORK_B}`))).referrals;
    expect(onlyB.map((r) => r.reference)).toContain(b.reference);
    expect(onlyB.every((r) => r.networkId === NETWORK_B)).toBe(true);
  });

  it("refuses a network token that asks for another network's list with 403", async () => {
    const res = await getWith(tokenA, `/api/v1/console/referrals?network=${NETWORK_B}`);
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('forbidden');
  });

  it('filters by status and by delivery status', async () => {
    const contacted = await referralFor(NETWORK_A);
    await patchWith(tokenA, `/api/v1/console/referrals/${contacted.reference}`, { status: 'contacted' });
    const byStatus = (await listOf(await getWith(tokenA, '/api/v1/console/referrals?status=contacted'))).referrals;
    expect(byStatus.map((r) => r.reference)).toEqual([contacted.reference]);
    const failed = (await listOf(await getWith(tokenA, '/api/v1/console/referrals?delivery=failed'))).referrals;
    expect(failed).toEqual([]);
  });

  it('pages with an opaque cursor until nextCursor is null', async () => {
    for (let i = 0; i < 3; i++) await referralFor(NETWORK_B, {}, new Date(`2026-04-0${i + 1}T08:00:00Z`));
    const seen: string[] = [];
    let path = '/api/v1/console/referrals?limit=2';
    for (let page = 0; page < 20; page++) {
      const body = await listOf(await getWith(tokenB, path));
      seen.push(...body.referrals.map((r) => r.reference));
      if (body.nextCursor === null) break;
      path = `/api/v1/console/referrals?limit=2&cursor=${body.nextCursor}`;
    }
    const total = await env.DB.prepare('SELECT count(*) AS n FROM referrals WHERE network_id = ?1').bind(NETWORK_B).first<{ n: number }>();
    expect(seen).toHaveLength(total?.n ?? -1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([
    ['a made-up cursor', 'cursor=bm90LWEtY3Vyc29y'],
    ['a limit over 100', 'limit=101'],
    ['an unknown status', 'status=lost'],
    ['an unknown parameter', 'sort=name'],
  ])('answers 400 invalid_query for %s', async (_, query) => {
    const res = await getWith(tokenA, `/api/v1/console/referrals?${query}`);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_query');
  });
});

describe('GET /api/v1/console/referrals/:reference', () => {
  it('shows contact data, outcome and delivery, but no answers when they were not shared', async () => {
    const referral = await referralFor(NETWORK_A);
    const res = await getWith(tokenA, `/api/v1/console/referrals/${referral.reference}`);
    expect(res.status).toBe(200);
    const { referral: detail } = (await res.json()) as { referral: Record<string, unknown> & { assessment: object } };
    expect(detail).toMatchObject({
      reference: referral.reference,
      network: { id: NETWORK_A, name: 'Cyberwerf' },
      contact: { name: 'Sanne de Vries', email: 'sanne@example.nl', phone: null },
      company: { name: 'Bakkerij De Korenschoof', postcode: 2511 },
      status: 'new',
      nextStatuses: ['contacted', 'scan_planned', 'declined'],
      delivery: { status: 'pending', attempts: [] },
      history: [],
    });
    expect(detail.assessment).toEqual({ bankVersion: '2026.1', overall: 42, band: 'red', answersShared: false });
  });

  it('shows the answers and the advice when the entrepreneur shared them', async () => {
    const referral = await referralFor(NETWORK_A, { sharedAnswers: { 'mfa-email': 'no' } });
    const { referral: detail } = (await (await getWith(tokenA, `/api/v1/console/referrals/${referral.reference}`)).json()) as {
      referral: { assessment: Record<string, unknown> };
    };
    expect(detail.assessment).toMatchObject({ answersShared: true, answers: { 'mfa-email': 'no' } });
  });

  it("answers 404 for another network's referral, exactly as for one that does not exist", async () => {
    const theirs = await referralFor(NETWORK_B);
    const other = await getWith(tokenA, `/api/v1/console/referrals/${theirs.reference}`);
    const missing = await getWith(tokenA, '/api/v1/console/referrals/CS-2222-2222');
    expect([other.status, missing.status]).toEqual([404, 404]);
    expect(await errorOf(other)).toEqual(await errorOf(missing));
    expect((await getWith(admin, `/api/v1/console/referrals/${theirs.reference}`)).status).toBe(200);
  });

  it('answers 400 for something that is not a reference', async () => {
    const res = await getWith(tokenA, '/api/v1/console/referrals/not-a-reference');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_param');
  });
});

describe('PATCH /api/v1/console/referrals/:reference', () => {
  const path = (reference: string) => `/api/v1/console/referrals/${reference}`;

  it('moves a referral along the workflow and records who did it, by name', async () => {
    const referral = await referralFor(NETWORK_A);
    const contacted = await patchWith(tokenA, path(referral.reference), { status: 'contacted', note: 'Belt dinsdag terug' });
    expect(contacted.status).toBe(200);
    expect(await contacted.json()).toMatchObject({
      referral: {
        status: 'contacted', note: 'Belt dinsdag terug', closedAt: null,
        history: [{ from: 'new', to: 'contacted', by: 'network', byName: 'Test Coördinator', reason: null }],
      },
    });
    const planned = await patchWith(admin, path(referral.reference), { status: 'scan_planned', scanPlannedOn: '2026-12-08', scanPlannedBy: 'Joris en Aylin' });
    expect(await planned.json()).toMatchObject({
      referral: { status: 'scan_planned', note: 'Belt dinsdag terug', scan: { plannedOn: '2026-12-08', plannedBy: 'Joris en Aylin' } },
    });
    const done = (await (await patchWith(tokenA, path(referral.reference), { status: 'scan_done' })).json()) as {
      referral: { closedAt: string | null; history: { by: string }[]; nextStatuses: string[] };
    };
    expect(done.referral.closedAt).not.toBeNull();
    expect(done.referral.history.map((change) => change.by)).toEqual(['network', 'admin', 'network']);
    expect(done.referral.nextStatuses).toEqual([]);
  });

  it('offers only sensible next steps: a scan is never done before it is planned', async () => {
    const referral = await referralFor(NETWORK_A);
    const res = await patchWith(tokenA, path(referral.reference), { status: 'scan_done' });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('invalid_transition');
    expect((await referralRow(referral.reference))?.status).toBe('new');
  });

  it('refuses to plan a scan without its day, or on a day that does not exist', async () => {
    const referral = await referralFor(NETWORK_A);
    for (const body of [{ status: 'scan_planned' }, { status: 'scan_planned', scanPlannedOn: '2026-02-30' }]) {
      const res = await patchWith(tokenA, path(referral.reference), body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).issues?.[0]?.path).toBe('scanPlannedOn');
    }
    expect((await referralRow(referral.reference))?.status).toBe('new');
  });

  it('lets a network decline from any open status, and closes the referral', async () => {
    const referral = await referralFor(NETWORK_A);
    await patchWith(tokenA, path(referral.reference), { status: 'contacted' });
    const res = await patchWith(tokenA, path(referral.reference), { status: 'declined' });
    expect(res.status).toBe(200);
    expect((await referralRow(referral.reference))?.closed_at).toEqual(expect.any(String));
  });

  it('refuses to reopen a closed referral with 409 invalid_transition', async () => {
    const referral = await referralFor(NETWORK_A);
    await patchWith(tokenA, path(referral.reference), { status: 'declined' });
    const res = await patchWith(tokenA, path(referral.reference), { status: 'contacted' });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).code).toBe('invalid_transition');
  });

  it('refuses to go back a step with 409', async () => {
    const referral = await referralFor(NETWORK_A);
    await patchWith(tokenA, path(referral.reference), { status: 'scan_planned', scanPlannedOn: '2026-12-08' });
    expect((await patchWith(tokenA, path(referral.reference), { status: 'contacted' })).status).toBe(409);
  });

  it('changes and clears the note alone', async () => {
    const referral = await referralFor(NETWORK_A);
    await patchWith(tokenA, path(referral.reference), { note: 'Eerst mailen' });
    expect(await referralRow(referral.reference)).toMatchObject({ note: 'Eerst mailen', status: 'new' });
    await patchWith(tokenA, path(referral.reference), { note: '' });
    expect((await referralRow(referral.reference))?.note).toBeNull();
  });

  it.each([
    ['an empty body', {}],
    ['a status a network may not set', { status: 'new' }],
    ['withdrawn, which only the entrepreneur sets', { status: 'withdrawn' }],
    ['a note over 500 characters', { note: 'x'.repeat(501) }],
    ['an unknown field', { status: 'contacted', owner: 'me' }],
  ])('answers 400 invalid_body for %s', async (_, body) => {
    const referral = await referralFor(NETWORK_A);
    const res = await patchWith(tokenA, path(referral.reference), body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_body');
  });

  it('does not overwrite a change another console made meanwhile', async () => {
    const referral = await referralFor(NETWORK_A);
    await patchWith(tokenA, path(referral.reference), { status: 'contacted' });
    // A second console still believes the referral is new.
    const stale = await updateReferralStatus(env.DB, { reference: referral.reference, from: 'new', to: 'declined', by: 'network', byName: '' });
    expect(stale).toBe(false);
    expect((await referralRow(referral.reference))?.status).toBe('contacted');
    const history = await env.DB.prepare(
      "SELECT count(*) AS n FROM referral_status_changes WHERE referral_id = ?1 AND to_status = 'declined'",
    )
      .bind(referral.id)
      .first<{ n: number }>();
    expect(history?.n).toBe(0);
  });

  it("cannot change another network's referral: 404, and the referral stays as it was", async () => {
    const theirs = await referralFor(NETWORK_B);
    const res = await patchWith(tokenA, path(theirs.reference), { status: 'declined', note: 'weg ermee' });
    expect(res.status).toBe(404);
    expect(await referralRow(theirs.reference)).toMatchObject({ status: 'new', note: null, closed_at: null });
  });
});

describe('GET /api/v1/console/referrals.csv', () => {
  it('exports the network’s referrals with a BOM, as an attachment, formulas defused', async () => {
    const hostile = await referralFor(NETWORK_A, { companyName: '=HYPERLINK("http://evil.example","klik")', message: '@SUM(1+1)\n"quoted"; more' });
    const theirs = await referralFor(NETWORK_B, { companyName: 'Van Netwerk B' });
    const res = await getWith(tokenA, '/api/v1/console/referrals.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="cyberscan-aanvragen-cyberwerf-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"${hostile.reference}"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(text).toContain(`"'@SUM(1+1)\n""quoted""; more"`);
    expect(text).not.toContain(theirs.reference);
    expect(text).not.toContain('Van Netwerk B');
  });

  it('exports every network for an admin, and refuses another network to a network token', async () => {
    const theirs = await referralFor(NETWORK_B);
    expect(await (await getWith(admin, '/api/v1/console/referrals.csv')).text()).toContain(theirs.reference);
    expect((await getWith(tokenA, `/api/v1/console/referrals.csv?network=${NETWORK_B}`)).status).toBe(403);
  });
});

describe('without a valid token', () => {
  it.each(['/api/v1/console/referrals', '/api/v1/console/referrals.csv', '/api/v1/console/referrals/CS-2222-2222'])(
    'GET %s is 401',
    async (path) => {
      expect((await get(path)).status).toBe(401);
    },
  );

  it('PATCH is 401 and changes nothing', async () => {
    const referral = await referralFor(NETWORK_A);
    const res = await patchWith('cst_not-a-real-token', `/api/v1/console/referrals/${referral.reference}`, { status: 'declined' });
    expect(res.status).toBe(401);
    expect((await referralRow(referral.reference))?.status).toBe('new');
  });
});
