import { beforeAll, describe, expect, it } from 'vitest';
import type { StatisticsResponse } from '../../core/statistics';
import { CYBERWERF, consoleGet, issueToken, registerPartner, seedStatistics, storeResults } from './statistics-fixtures';

let admin: string;
let cyberwerf: string;

beforeAll(async () => {
  await seedStatistics();
  // A partner name is typed by an operator: it could start a spreadsheet formula.
  await registerPartner('formule', '=HYPERLINK("https://evil.example","Klik")', CYBERWERF);
  await storeResults(5, { partner: 'formule', day: '2026-03-03', sector: 'hospitality', size: '1', answer: 'yes', network: CYBERWERF });
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
  const bytes = new Uint8Array(await res.arrayBuffer());
  // TextDecoder drops a byte-order mark, so the bytes are checked for it and the text read without.
  const text = new TextDecoder().decode(bytes);
  return { res, bytes, text, rows: parseCsv(text) };
};

const row = (rows: string[][], section: string, name: string) => rows.find((r) => r[0] === section && r[1] === name);

describe('the statistics CSV', () => {
  it('is a download named for its area and period, UTF-8 with a byte-order mark for Excel', async () => {
    const { res, bytes, text } = await download('period=2026-03', cyberwerf);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="cyberscan-statistieken-network-cyberwerf-2026-03.csv"');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.startsWith('"Onderdeel";"Omschrijving";"Aantal";"Gemiddelde score"\r\n')).toBe(true);
  });

  it('holds the same figures as the JSON, with Dutch labels and decimal commas', async () => {
    const query = `period=2026-03&area=network:${CYBERWERF}`;
    const json = (await (await consoleGet(`/api/v1/console/statistics?${query}`, admin)).json()) as StatisticsResponse;
    const { rows } = await download(query);
    expect(row(rows, 'Ingevulde checks', 'totaal')?.[2]).toBe(String(json.results));
    expect(row(rows, 'Sector', 'Zorg en welzijn')?.[2]).toBe(String(json.sectors.rows.find((r) => r.id === 'care')?.count));
    for (const p of json.principles.filter((p) => p.mean !== null)) {
      expect(rows.some((r) => r[0] === 'Basisprincipe' && r[3] === String(p.mean).replace('.', ','))).toBe(true);
    }
    const means = rows.filter((r) => r[0] === 'Grootte' && r[3] !== '').map((r) => r[3]!);
    expect(means.length).toBeGreaterThan(0);
    expect(means.every((m) => /^\d+(,\d)?$/.test(m))).toBe(true);
    expect(row(rows, 'Aanvragen voor een scan', 'totaal')?.[2]).toBe('5');
    // Colours by the console's names, in lower case; the counts as in the JSON.
    const colours = rows.filter((r) => r[0] === 'Kleur').map((r) => r[1]);
    expect(colours.length).toBeGreaterThan(0);
    expect(colours.every((name) => ['groen', 'oranje', 'rood'].includes(name!) || name!.startsWith('overige samen'))).toBe(true);
    for (const band of json.bands.rows) {
      expect(row(rows, 'Kleur', { green: 'groen', orange: 'oranje', red: 'rood' }[band.id as 'green'])?.[2]).toBe(String(band.count));
    }
  });

  it('writes a hidden figure as "<5" and explains it', async () => {
    const { rows } = await download(`period=2026-04&area=network:${CYBERWERF}`);
    expect(row(rows, 'Ingevulde checks', 'totaal')?.[2]).toBe('<5');
    expect(rows.find((r) => r[0] === 'Uitleg')?.[1]).toContain('minder dan 5');
  });

  it('never lets a cell start a spreadsheet formula', async () => {
    const { rows } = await download(`period=2026-03&area=network:${CYBERWERF}`);
    expect(rows.find((r) => r[0] === 'Partnersite' && r[1]!.includes('HYPERLINK'))?.[1]).toBe(`'=HYPERLINK("https://evil.example","Klik")`);
    expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});
