/**
 * @module Statistics read from the tallies (migrations/0009), never from raw results: one area's
 * year is at most twelve months of a fixed set of tables, however many results arrived.
 */
import type { Tally } from '../../core/statistics';

/** Every tally row of `area` in `year` (`YYYY`), from the primary key's (area, month) prefix. */
export async function readYearTallies(db: D1Database, area: string, year: string): Promise<Tally[]> {
  const { results } = await db
    .prepare('SELECT month, measure, category, value FROM stats_tally WHERE area = ?1 AND month BETWEEN ?2 AND ?3')
    .bind(area, `${year}-01`, `${year}-12`)
    .all<Tally>();
  return results;
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
