import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import {
  MIN_GROUP_SIZE, SUPPRESSED, reportStatistics, sumReportableCells, type StatisticsCell, type StatisticsResponse,
} from '../../core/statistics';
import { CYBERWERF, UTRECHT, consoleGet, issueToken, seedStatistics } from './statistics-fixtures';

const MARCH = 'from=2026-03&to=2026-03';
let admin: string;

beforeAll(async () => {
  await seedStatistics();
  admin = await issueToken(null);
});

const statistics = async (query: string) => {
  const res = await consoleGet(`/api/v1/console/statistics?${query}`, admin);
  expect(res.status).toBe(200);
  return (await res.json()) as StatisticsResponse;
};

describe('small groups in the statistics', () => {
  it('show a group of four as "<5", with no breakdown', async () => {
    const body = await statistics(`${MARCH}&network=${CYBERWERF}&sector=retail&size=10-49`);
    expect(body.total).toBe(SUPPRESSED);
    expect(body.bands).toBeNull();
    expect(body.principles.every((p) => p.mean === null)).toBe(true);
    expect([body.topGaps, body.conversion]).toEqual([[], []]);
  });

  it('leave a group of four out of every larger total, instead of adding it', async () => {
    expect((await statistics(`${MARCH}&network=${CYBERWERF}&sector=retail`)).total).toBe(6);
    expect((await statistics(`${MARCH}&network=${CYBERWERF}`)).total).toBe(13);
    expect((await statistics(`from=2026-03&to=2026-04&network=${CYBERWERF}`)).total).toBe(13);
    expect((await statistics(`from=2026-04&to=2026-04&network=${CYBERWERF}`)).total).toBe(SUPPRESSED);
  });

  it('show one red result among thirteen as "<5", and a band nobody is in as 0', async () => {
    expect((await statistics(`${MARCH}&network=${CYBERWERF}`)).bands).toEqual({ green: 5, orange: 7, red: SUPPRESSED });
    expect((await statistics(`${MARCH}&network=${UTRECHT}`)).bands).toEqual({ green: 0, orange: 0, red: 5 });
  });

  it('list only gaps of five results or more', async () => {
    expect((await statistics(`${MARCH}&network=${CYBERWERF}`)).topGaps).toEqual([]);
    const utrecht = await statistics(`${MARCH}&network=${UTRECHT}`);
    expect(utrecht.topGaps).toEqual(bankStructure.questions.slice(0, 10).map((q) => ({ questionId: q.id, count: 5 })));
  });

  it('give principle means over the reportable results', async () => {
    const body = await statistics(`${MARCH}&network=${CYBERWERF}`);
    // 5 x 100 + 1 x 0 in retail, 7 x 50 in care.
    expect(body.principles).toEqual(bankStructure.principles.map((id) => ({ id, mean: 65.4 })));
  });

  it('show referrals per partner, one to four as "<5" without a rate', async () => {
    const body = await statistics(MARCH);
    expect(body.conversion).toEqual(expect.arrayContaining([
      { partnerId: 'haagse-ondernemers', partnerName: 'Haagse Ondernemers', assessments: 13, referrals: 5, rate: 0.385 },
      { partnerId: 'utrechtse-zaak', partnerName: 'Utrechtse Zaak', assessments: 5, referrals: SUPPRESSED, rate: null },
    ]));
  });
});

const SECTORS = ['', 'retail', 'care', 'unknown'];
const SIZES = ['', '1', '2-9', '10-49', 'unknown'];
const PERIODS = [['2026-03', '2026-03'], ['2026-04', '2026-04'], ['2026-03', '2026-04']] as const;
const NETWORKS = ['', CYBERWERF, UTRECHT];

/** Every combination of filters, as the query string and as the set of conditions it sets. */
const combinations = NETWORKS.flatMap((network) => SECTORS.flatMap((sector) => SIZES.flatMap((size) =>
  PERIODS.map(([from, to]) => ({ network, sector, size, from, to })))));
const query = (f: (typeof combinations)[number]) => new URLSearchParams(f).toString();
const within = (part: (typeof combinations)[number], whole: (typeof combinations)[number]) =>
  part.from >= whole.from && part.to <= whole.to &&
  (['network', 'sector', 'size'] as const).every((k) => whole[k] === '' || whole[k] === part[k]);

// Each of these asks the API a hundred times or more: slower than 5 s on a busy machine.
describe('a differencing attack through the API', () => {
  it('finds no group of one to four by subtracting answers from answers that contain them', async () => {
    const totals = await Promise.all(combinations.map(async (f) => ({ f, total: (await statistics(query(f))).total })));
    const found = totals.flatMap((whole) => totals
      .filter((part) => part !== whole && within(part.f, whole.f))
      .map((part) => (typeof whole.total === 'number' && typeof part.total === 'number' ? whole.total - part.total : 0))
      .filter((difference) => difference > 0 && difference < MIN_GROUP_SIZE));
    expect(totals.filter((t) => typeof t.total === 'number').length).toBeGreaterThan(20);
    expect(found).toEqual([]);
    // And by taking every sector (or size) it can see away from the total without that filter.
    const totalOf = (f: (typeof combinations)[number]) => totals.find((t) => query(t.f) === query(f))?.total;
    for (const [key, values] of [['sector', SECTORS], ['size', SIZES]] as const) {
      for (const whole of totals.filter((t) => t.f[key] === '' && typeof t.total === 'number')) {
        const parts = values.filter((v) => v !== '').map((v) => totalOf({ ...whole.f, [key]: v }));
        const rest = Number(whole.total) - parts.reduce<number>((n, t) => n + (typeof t === 'number' ? t : 0), 0);
        expect(rest === 0 || rest >= MIN_GROUP_SIZE, `${query(whole.f)} leaves ${rest} without a ${key}`).toBe(true);
      }
    }
  }, 30_000);
});

/** The cells as stored (not the rollups made from them), for the reference rule in core/statistics/cells.ts. */
async function storedCells(): Promise<StatisticsCell[]> {
  const { results: cells } = await env.DB.prepare(
    `SELECT c.id, c.network_id AS networkId, c.month, c.partner_id AS partnerId, coalesce(p.name, c.partner_id) AS partnerName,
       c.sector, c.size, c.results, c.green, c.orange, c.red, c.referrals
     FROM stats_cells c LEFT JOIN partners p ON p.id = c.partner_id WHERE c.sector <> '*'`,
  ).all<StatisticsCell & { id: number }>();
  const rows = async <T>(sql: string) => (await env.DB.prepare(sql).all<T & { cell_id: number }>()).results;
  const principles = await rows<{ id: string; scoreSum: number; scored: number }>('SELECT cell_id, principle_id AS id, score_sum AS scoreSum, scored FROM stats_cell_principles');
  const gaps = await rows<{ questionId: string; gaps: number }>('SELECT cell_id, question_id AS questionId, gaps FROM stats_cell_gaps');
  const versions = await rows<{ bank_version: string }>('SELECT cell_id, bank_version FROM stats_cell_versions');
  return cells.map(({ id, ...cell }) => ({
    ...cell,
    principles: principles.filter((p) => p.cell_id === id).map(({ cell_id: _, ...p }) => p),
    gaps: gaps.filter((g) => g.cell_id === id).map(({ cell_id: _, ...g }) => g),
    bankVersions: versions.filter((v) => v.cell_id === id).map((v) => v.bank_version),
  }));
}

describe('the SQL that sums the cells', () => {
  it('answers what the core rule gives for the same cells, with and without each kind of filter', async () => {
    const cells = await storedCells();
    const column = { network: 'networkId', sector: 'sector', size: 'size' } as const;
    const some = combinations.filter((f) => ['', 'retail', 'unknown'].includes(f.sector) && ['', '2-9', '10-49'].includes(f.size));
    await Promise.all(some.map(async (f) => {
      const body = await statistics(query(f));
      const selected = cells.filter((c) => c.month >= f.from && c.month <= f.to &&
        (['network', 'sector', 'size'] as const).every((k) => f[k] === '' || f[k] === c[column[k]]));
      expect(body, query(f)).toEqual(reportStatistics(body.filters, sumReportableCells(selected)));
    }));
  }, 30_000);
});
