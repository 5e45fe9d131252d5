/**
 * The referrals export as a Dutch spreadsheet reads it: parsed with `;` and the BOM, Dutch labels
 * and values (codes in columns of their own), Europe/Amsterdam times in winter and summer, decimal
 * commas, who changed it last, and an erased row without an invented time.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvLocalDateTime } from '../../worker/routes/csv-format';
import { NETWORK_A, getWith, issueToken, patchWith, referralFor } from './access-fixtures';
import { csvRecords } from './csv-read';

let token: string;

beforeAll(async () => {
  token = await issueToken({ kind: 'network', networkId: NETWORK_A }, { name: 'Sanne de Boer' });
});

const exported = async () => {
  const res = await getWith(token, '/api/v1/console/referrals.csv');
  expect(res.status).toBe(200);
  // Response.text() drops a BOM; the bytes keep it, as a file on disk does.
  return csvRecords(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()));
};

describe('the referrals CSV in a Dutch spreadsheet', () => {
  it('has Dutch labels and values, local time, the planned scan and who changed it, with the codes after', async () => {
    const winter = await referralFor(NETWORK_A, { companyName: 'Winterbakker' }, new Date('2026-12-01T09:38:14.424Z'));
    await patchWith(token, `/api/v1/console/referrals/${winter.reference}`, { status: 'scan_planned', scanPlannedOn: '2026-12-15', scanPlannedBy: 'Joris' });
    const row = (await exported()).find((r) => r.referentie === winter.reference);
    expect(row).toMatchObject({
      ontvangen: '01-12-2026 10:38',
      netwerk: 'Cyberwerf',
      status: 'Scan gepland',
      'scan gepland op': '15-12-2026',
      'scan door': 'Joris',
      bezorging: 'Nog niet verstuurd',
      sector: 'Handel en winkels',
      grootte: '2 tot 9 mensen',
      'uitkomst check': '42',
      kleur: 'Rood',
      'antwoorden gedeeld': 'nee',
      taal: 'Nederlands',
      'laatst gewijzigd door': 'Sanne de Boer',
      'status (code)': 'scan_planned',
      'bezorging (code)': 'pending',
      'sector (code)': 'retail',
      'kleur (code)': 'red',
      'netwerk (id)': NETWORK_A,
    });
  });

  it('writes summer times in summer time (UTC+2) and winter times in winter time (UTC+1)', async () => {
    const summer = await referralFor(NETWORK_A, { companyName: 'Zomerbakker' }, new Date('2026-07-01T09:38:00Z'));
    const row = (await exported()).find((r) => r.referentie === summer.reference);
    expect(row?.ontvangen).toBe('01-07-2026 11:38');
    // The last Sunday of March 2026, 01:00 UTC: the clock jumps from 02:00 to 03:00.
    expect([csvLocalDateTime('2026-03-29T00:59:00Z'), csvLocalDateTime('2026-03-29T01:00:00Z')]).toEqual(['29-03-2026 01:59', '29-03-2026 03:00']);
  });

  it('writes numbers with decimals with a decimal comma, whole numbers as they are', () => {
    expect([csvCell(0.25), csvCell(42), csvCell(-1.5)]).toEqual(['"0,25"', '"42"', `"'-1,5"`]);
  });

  it('shows an erased referral with its day only, not a made-up time of day', async () => {
    const gone = await referralFor(NETWORK_A, { companyName: 'Gewist BV' }, new Date('2026-12-01T09:38:00Z'));
    await env.DB.prepare(
      `UPDATE referrals SET postcode = NULL, company_name = NULL, contact_name = NULL, email = NULL, created_at = '2026-12-01T00:00:00.000Z',
         erased_at = '2026-12-02T10:00:00.000Z', status = 'withdrawn', withdrawn_at = '2026-12-02T10:00:00.000Z' WHERE reference = ?1`,
    ).bind(gone.reference).run();
    const row = (await exported()).find((r) => r.referentie === gone.reference);
    expect(row).toMatchObject({ ontvangen: '01-12-2026', bedrijf: '', status: 'Ingetrokken door ondernemer', ingetrokken: '02-12-2026 11:00' });
  });
});
