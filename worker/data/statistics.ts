/**
 * @module Statistics read from the tallies (migrations/0009), never from raw results: one area's
 * year is at most twelve months of a fixed set of tables, however many results arrived.
 */
import { bankStructure } from '../../core/bank';
import type { Tally } from '../../core/statistics';
import { carryGapTallies } from '../../core/statistics/carried-gaps';

/**
 * Every tally row of `area` in `year` (`YYYY`), from the primary key's (area, month) prefix, with
 * the previous bank version's question gaps counted for the current questions.
 */
export async function readYearTallies(db: D1Database, area: string, year: string): Promise<Tally[]> {
  const { results } = await db
    .prepare('SELECT month, measure, category, value FROM stats_tally WHERE area = ?1 AND month BETWEEN ?2 AND ?3')
    .bind(area, `${year}-01`, `${year}-12`)
    .all<Tally>();
  return carryGapTallies(results, bankStructure.questions.map((q) => q.id));
}

/** Partner names by id, for the ids a publication lists; an id stays itself once its partner is gone. */
export async function partnerNames(db: D1Database, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const { results } = await db
    .prepare('SELECT id, name FROM partners WHERE id IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify(ids))
    .all<{ id: string; name: string }>();
  return Object.fromEntries(ids.map((id) => [id, results.find((r) => r.id === id)?.name ?? id]));
}
