/**
 * The console for daily work: reopening within 14 days with a reason, search by company, contact
 * name, e-mail address and reference, "mogelijk dubbel" marks, and closing one as a duplicate.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import type { InboxPage, ReferralDetail } from '../../core/inbox';
import { NETWORK_A, NETWORK_B, getWith, issueToken, patchWith, referralFor } from './access-fixtures';
import { get, post } from './fetch';

const path = (reference: string) => `/api/v1/console/referrals/${reference}`;
const codeOf = async (res: Response) => ((await res.json()) as ErrorBody).error.code;
const detailOf = async (res: Response) => ((await res.json()) as { referral: ReferralDetail }).referral;

let token: string;

const postWith = (body: unknown, reference: string) =>
  get(`${path(reference)}/reopen`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

/** The references a search finds, in this network. */
const search = async (q: string) =>
  ((await (await getWith(token, `/api/v1/console/referrals?q=${encodeURIComponent(q)}`)).json()) as InboxPage).referrals.map((r) => r.reference);

beforeAll(async () => {
  token = await issueToken({ kind: 'network', networkId: NETWORK_A }, { name: 'Sanne de Boer' });
});

describe('reopening', () => {
  it('brings a closed referral back to the status it was closed from, with the reason and the person in the history', async () => {
    const referral = await referralFor(NETWORK_A);
    await patchWith(token, path(referral.reference), { status: 'contacted' });
    const closed = await detailOf(await patchWith(token, path(referral.reference), { status: 'declined' }));
    expect(closed.reopenUntil).toBe(new Date(Date.parse(closed.closedAt ?? '') + 14 * 86_400_000).toISOString());

    const res = await postWith({ reason: 'Belde terug: wil toch een scan.' }, referral.reference);
    expect(res.status).toBe(200);
    const reopened = await detailOf(res);
    expect(reopened).toMatchObject({ status: 'contacted', closedAt: null, reopenUntil: null, nextStatuses: ['scan_planned', 'declined'] });
    expect(reopened.history.at(-1)).toMatchObject({ from: 'declined', to: 'contacted', byName: 'Sanne de Boer', reason: 'Belde terug: wil toch een scan.' });
  });

  it('is refused after 14 days, for an open referral, and without a reason', async () => {
    const late = await referralFor(NETWORK_A);
    await patchWith(token, path(late.reference), { status: 'declined' });
    const fifteenDaysAgo = new Date(Date.now() - 15 * 86_400_000).toISOString();
    await env.DB.prepare('UPDATE referrals SET closed_at = ?2 WHERE reference = ?1').bind(late.reference, fifteenDaysAgo).run();
    const tooLate = await postWith({ reason: 'Te laat' }, late.reference);
    expect(tooLate.status).toBe(409);
    expect(await codeOf(tooLate)).toBe('reopen_expired');

    const open = await referralFor(NETWORK_A);
    expect(await codeOf(await postWith({ reason: 'Niets te heropenen' }, open.reference))).toBe('reopen_expired');
    expect(await codeOf(await postWith({ reason: '' }, open.reference))).toBe('invalid_body');
  });

  it("is never possible for another network's referral", async () => {
    const theirs = await referralFor(NETWORK_B);
    expect((await postWith({ reason: 'Niet van ons' }, theirs.reference)).status).toBe(404);
  });
});

describe('search', () => {
  it('finds a referral by company, contact name, e-mail address and reference, case ignored', async () => {
    const target = await referralFor(NETWORK_A, { companyName: 'Zoekbakkerij Van Dam', contactName: 'Ilse Zoekmans', email: 'ilse@zoekdomein.nl' });
    await referralFor(NETWORK_A, { companyName: 'Iets Anders', contactName: 'Ander Persoon', email: 'ander@elders.nl' });
    for (const q of ['zoekbakkerij', 'ILSE ZOEK', 'zoekdomein.nl', target.reference, target.reference.slice(3, 7).toLowerCase()]) {
      expect(await search(q), q).toEqual([target.reference]);
    }
  });

  it('treats % and _ as the characters they are', async () => {
    await referralFor(NETWORK_A, { companyName: 'Honderd Procent' });
    expect(await search('%')).toEqual([]);
    expect(await search('_')).toEqual([]);
  });

  it("never finds another network's referral", async () => {
    await referralFor(NETWORK_B, { companyName: 'Zuivel Noord Zoekterm' });
    expect(await search('Zuivel Noord Zoekterm')).toEqual([]);
  });
});

describe('possible duplicates', () => {
  it('marks two requests from the same e-mail address (or company) to the same network within 30 days', async () => {
    const first = await referralFor(NETWORK_A, { email: 'dubbel@bakker.nl', companyName: 'Bakker Een' }, new Date('2026-11-01T09:00:00Z'));
    const second = await referralFor(NETWORK_A, { email: 'Dubbel@Bakker.nl', companyName: 'Bakker Twee' }, new Date('2026-11-20T09:00:00Z'));
    const sameCompany = await referralFor(NETWORK_A, { email: 'ander@bakker.nl', companyName: 'BAKKER EEN' }, new Date('2026-11-05T09:00:00Z'));
    const tooLate = await referralFor(NETWORK_A, { email: 'dubbel@bakker.nl', companyName: 'Bakker Drie' }, new Date('2027-01-15T09:00:00Z'));
    const elsewhere = await referralFor(NETWORK_B, { email: 'dubbel@bakker.nl', companyName: 'Bakker Een' }, new Date('2026-11-02T09:00:00Z'));

    const page = (await (await getWith(token, '/api/v1/console/referrals?q=bakker')).json()) as InboxPage;
    const marks = Object.fromEntries(page.referrals.map((r) => [r.reference, r.possibleDuplicates]));
    expect(marks[first.reference]).toEqual([sameCompany.reference, second.reference]);
    expect(marks[second.reference]).toEqual([first.reference]);
    expect(marks[tooLate.reference]).toEqual([]);
    expect(JSON.stringify(marks)).not.toContain(elsewhere.reference);
  });

  it('closes one as a duplicate of the other: declined, pointing at it, the mark gone, the reason in the history', async () => {
    const kept = await referralFor(NETWORK_A, { email: 'twee@keer.nl', companyName: 'Tweemaal BV' });
    const double = await referralFor(NETWORK_A, { email: 'twee@keer.nl', companyName: 'Tweemaal B.V.' });
    const res = await patchWith(token, path(double.reference), { status: 'declined', duplicateOf: kept.reference });
    expect(res.status).toBe(200);
    const closed = await detailOf(res);
    expect(closed).toMatchObject({ status: 'declined', duplicateOf: kept.reference, possibleDuplicates: [] });
    expect(closed.history.at(-1)?.reason).toContain(kept.reference);
    expect(await detailOf(await getWith(token, path(kept.reference)))).toMatchObject({ possibleDuplicates: [], mergedDuplicates: [double.reference] });
  });

  it("refuses a duplicate of another network's referral, or of itself", async () => {
    const ours = await referralFor(NETWORK_A);
    const theirs = await referralFor(NETWORK_B);
    expect((await patchWith(token, path(ours.reference), { status: 'declined', duplicateOf: theirs.reference })).status).toBe(404);
    expect((await patchWith(token, path(ours.reference), { status: 'declined', duplicateOf: ours.reference })).status).toBe(404);
    expect((await patchWith(token, path(ours.reference), { status: 'contacted', duplicateOf: theirs.reference })).status).toBe(400);
  });
});

describe('a planned scan', () => {
  it('keeps its day after withdrawal, but not who goes: names are erased with the rest', async () => {
    const referral = await referralFor(NETWORK_A, { email: 'gepland@voorbeeld.nl', companyName: 'Gepland BV' });
    await patchWith(token, path(referral.reference), { status: 'scan_planned', scanPlannedOn: '2026-12-10', scanPlannedBy: 'Joris en Aylin' });
    expect((await post('/api/v1/referrals/withdraw', { reference: referral.reference, email: 'gepland@voorbeeld.nl' })).status).toBe(202);
    const row = await env.DB.prepare('SELECT scan_planned_on, scan_planned_by, erased_at FROM referrals WHERE reference = ?1')
      .bind(referral.reference)
      .first();
    expect(row).toMatchObject({ scan_planned_on: '2026-12-10', scan_planned_by: null, erased_at: expect.any(String) });
  });
});
