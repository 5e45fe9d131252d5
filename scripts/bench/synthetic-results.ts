/**
 * @module Synthetic anonymous results for the benchmark, loaded straight into `results` in bulk:
 * a pool of answer sets scored by the real core rules, and a realistic spread over partners (and
 * so networks), months, sectors and sizes. One INSERT ... SELECT per chunk makes a million rows in
 * seconds, where a million requests through the app would take hours on this machine.
 */
import { bankStructure } from '../../core/bank';
import { SECTOR_IDS, SIZE_IDS } from '../../core/profile';
import { scoreAssessment } from '../../core/scoring';
import { answerSet, seeded } from './synthetic-answers';

/** Partners by network (seeded by migrations/0005), with how often their widget is used. */
const PARTNERS: readonly (readonly [id: string, network: string | null, weight: number])[] = [
  ...['den-haag', 'haagse-ondernemers', 'mkb-haaglanden', 'ondernemersvereniging-ypenburg'].map((id, i) => [id, 'cyberwerf', 40 / (i + 1)] as const),
  ...['utrecht', 'ondernemend-utrecht', 'lage-weide'].map((id, i) => [id, 'cybernetwerk-utrecht', 35 / (i + 1)] as const),
  ...['leeuwarden', 'friesland-mkb', 'drachten-onderneemt', 'sneek-zaken'].map((id, i) => [id, 'cyber-safety-noord-nederland', 30 / (i + 1)] as const),
  ...['maastricht', 'venlo', 'heerlen', 'limburg-mkb', 'roermond'].map((id, i) => [id, 'expertisecentrum-cyberweerbaarheid-limburg', 30 / (i + 1)] as const),
  ...['amersfoort', 'amersfoort-onderneemt'].map((id, i) => [id, 'cyberchef-amersfoort', 20 / (i + 1)] as const),
  ...['eindhoven', 'helmond', 'brainport-mkb'].map((id, i) => [id, 'cyber-weerbaarheidscentrum-brainport', 25 / (i + 1)] as const),
  ['kvk-demo', null, 15],
  ['ondernemersplein-test', null, 5],
];

/** Two years, growing: the tool is used more as more partners embed it. */
const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const index = 2024 * 12 + 6 + i;
  return [`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, 1 + i / 8] as const;
});
export const LAST_MONTH = MONTHS.at(-1)![0];

const SECTORS = [...SECTOR_IDS.map((id, i) => [id, 12 - i] as const), ['unknown', 20] as const];
const SIZES = [['1', 35], ['2-9', 30], ['10-49', 12], ['50-249', 4], ['250+', 1], ['unknown', 15]] as const satisfies readonly (readonly [(typeof SIZE_IDS)[number] | 'unknown', number])[];

/** Slots per dimension: a value gets a share of them by its weight, and each row draws a slot. */
const SLOTS = 1000;
const ANSWER_SETS = 2048;

function slots(dimension: string, weighted: readonly (readonly [string, number])[]): [string, number, string][] {
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  const rows: [string, number, string][] = [];
  let from = 0;
  weighted.forEach(([value, weight], i) => {
    const to = i === weighted.length - 1 ? SLOTS : Math.min(SLOTS, from + Math.max(1, Math.round((SLOTS * weight) / total)));
    for (let slot = from; slot < to; slot++) rows.push([dimension, slot, value]);
    from = to;
  });
  return rows;
}

/** Rows per statement when filling the helper tables: one JSON parameter each, well under D1's limits. */
const ROWS_PER_STATEMENT = 100;

function inChunks<T>(rows: readonly T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / ROWS_PER_STATEMENT) }, (_, i) =>
    rows.slice(i * ROWS_PER_STATEMENT, (i + 1) * ROWS_PER_STATEMENT));
}

/**
 * Registers the partners and fills the helper tables the generator draws from. Rows travel as one
 * JSON array per statement: each statement crosses Miniflare's proxy, so thousands of one-row
 * statements would take longer than loading a million results.
 */
export async function prepareSyntheticResults(db: D1Database): Promise<void> {
  const random = seeded(2026);
  const picks = [
    ...slots('partner', PARTNERS.map(([id, , weight]) => [id, weight])),
    ...slots('month', MONTHS), ...slots('sector', SECTORS), ...slots('size', SIZES),
  ];
  const answerSets = Array.from({ length: ANSWER_SETS }, (_, id) => {
    const answers = answerSet(random);
    const { principles, overall, band } = scoreAssessment(bankStructure, answers);
    return [id, JSON.stringify(answers), JSON.stringify(principles), overall, band];
  });
  await db.batch([
    db.prepare('CREATE TABLE bench_picks (dimension TEXT, slot INTEGER, value TEXT, PRIMARY KEY (dimension, slot)) WITHOUT ROWID'),
    db.prepare('CREATE TABLE bench_answer_sets (id INTEGER PRIMARY KEY, answers TEXT, principle_scores TEXT, overall INTEGER, band TEXT)'),
    ...PARTNERS.map(([id, network]) =>
      db.prepare("INSERT INTO partners (id, name, allowed_origins, default_network_id) VALUES (?1, ?1, '[]', ?2)").bind(id, network)),
    ...inChunks(picks).map((rows) => db.prepare(
      "INSERT INTO bench_picks SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2 FROM json_each(?1) r",
    ).bind(JSON.stringify(rows))),
    ...inChunks(answerSets).map((rows) => db.prepare(
      "INSERT INTO bench_answer_sets SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4 FROM json_each(?1) r",
    ).bind(JSON.stringify(rows))),
  ]);
}

/**
 * Inserts results `first` to `last` (numbers only name the rows). random() makes the draws; the
 * MATERIALIZED CTE draws once per row, so the joins see one value each.
 */
export async function insertSyntheticResults(db: D1Database, first: number, last: number): Promise<void> {
  await db.prepare(`WITH RECURSIVE n(i) AS (SELECT ?1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2),
    draw AS MATERIALIZED (SELECT abs(random()) % ${SLOTS} AS partner, abs(random()) % ${SLOTS} AS month,
      abs(random()) % ${SLOTS} AS sector, abs(random()) % ${SLOTS} AS size, abs(random()) % ${ANSWER_SETS} AS answers,
      1 + abs(random()) % 28 AS day FROM n)
    INSERT INTO results (day, partner_id, bank_version, lang, answers, principle_scores, overall, band, sector, size)
    SELECT m.value || '-' || printf('%02d', d.day), p.value, ?3, 'nl', a.answers, a.principle_scores, a.overall, a.band,
      nullif(s.value, 'unknown'), nullif(z.value, 'unknown')
    FROM draw d
    JOIN bench_picks p ON p.dimension = 'partner' AND p.slot = d.partner
    JOIN bench_picks m ON m.dimension = 'month' AND m.slot = d.month
    JOIN bench_picks s ON s.dimension = 'sector' AND s.slot = d.sector
    JOIN bench_picks z ON z.dimension = 'size' AND z.slot = d.size
    JOIN bench_answer_sets a ON a.id = d.answers`).bind(first, last, bankStructure.version).run();
}
