import { beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsResponse } from '../../core/statistics';
import { CYBERWERF, consoleGet, issueToken, registerPartner, seedStatistics, storeResults } from './statistics-fixtures';

let admin: string;
let cyberwerf: string;

beforeAll(async () => {
  await seedStatistics();
  // A partner name is typed by an operator: it could start a spreadsheet formula.
  await registerPartner('formule', '=HYPERLINK("https://evil.example","Klik")', CYBERWERF);
  await storeResults(5, { partner: 'formule', day: '2026-03-03', sector: 'hospitality', size: '1', answer: 'yes' });
  admin = await issueToken(null);
  cyberwerf = await issueToken(CYBERWERF);
});

/** Rows of the console's CSV: `;`-separated, every cell quoted, `""` for a quote inside one. */
function parseCsv(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) =>
    [...line.matchAll(/"((?:[^"]|"")*)"|(?<=^|;)(?=;|$)/g)].map((m) => (m[1] ?? '').replaceAll('""', '"')));
}

const download = async (query: string, token = admin) => {
  const res = await consoleGet(`/api/v1/console/statistics.csv?${query}`, token);
  expect(res.status).toBe(200);
  return { res, rows: parseCsv(await res.text()) };
};

const value = (rows: string[][], section: string, id: string) => rows.find((r) => r[0] === section && r[1] === id)?.[3];

describe('the statistics CSV', () => {
  it('is a download named for its network and period, opened in Excel as UTF-8', async () => {
    const { res } = await download('from=2026-03&to=2026-03', cyberwerf);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="cyberscan-statistieken-cyberwerf-2026-03-2026-03.csv"');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('holds the same figures as the JSON', async () => {
    const query = `from=2026-03&to=2026-03&network=${CYBERWERF}`;
    const json = (await (await consoleGet(`/api/v1/console/statistics?${query}`, admin)).json()) as StatisticsResponse;
    const { rows } = await download(query);
    expect(rows[0]).toEqual(['onderdeel', 'id', 'naam', 'waarde']);
    expect(value(rows, 'totaal', 'results')).toBe(String(json.total));
    expect(value(rows, 'kleur', 'orange')).toBe(String(json.bands?.orange));
    for (const p of json.principles) expect(value(rows, 'principe-gemiddelde', p.id)).toBe(String(p.mean));
    expect(value(rows, 'conversie-scans', 'haagse-ondernemers')).toBe('13');
    expect(value(rows, 'conversie-aanvragen', 'haagse-ondernemers')).toBe('5');
  });

  it('shows a group of four as "<5", with no breakdown, exactly as the JSON does', async () => {
    const { rows } = await download(`from=2026-03&to=2026-03&network=${CYBERWERF}&sector=retail&size=10-49`);
    expect(value(rows, 'totaal', 'results')).toBe('<5');
    expect(rows.filter((r) => ['kleur', 'knelpunt', 'conversie-scans'].includes(r[0]!))).toEqual([]);
    expect(rows.filter((r) => r[0] === 'principe-gemiddelde').map((r) => r[3])).toEqual(['', '', '', '', '']);
  });

  it('shows a band of one company as "<5"', async () => {
    const { rows } = await download(`from=2026-03&to=2026-03&network=${CYBERWERF}`);
    expect(value(rows, 'kleur', 'red')).toBe('<5');
    expect(value(rows, 'conversie-aanvragen', 'formule')).toBe('0');
  });

  it('never lets a cell start a spreadsheet formula', async () => {
    const { rows } = await download(`from=2026-03&to=2026-03&network=${CYBERWERF}&partner=formule`);
    expect(rows.find((r) => r[1] === 'formule')?.[2]).toBe(`'=HYPERLINK("https://evil.example","Klik")`);
    expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});
