/**
 * @module Counts a result in the statistics tallies (migrations/0009) of every area it belongs
 * to, inside the batch that stores it: a result and its counts are stored together or not at all.
 */
import { areasOf, resultTallies } from '../../core/statistics';
import type { AnonymousResult } from './anonymous-result';

/**
 * ?1 the areas, ?2 the tally rows (JSON arrays), ?3 the submission key. The guard is the same as
 * the result's own insert's, and the batch stores the key after both: in one transaction both see
 * the key unseen (a new result, counted) or both see it stored (a replay, counted nowhere).
 */
const COUNT_RESULT = `INSERT INTO stats_tally (area, month, measure, category, value)
  SELECT a.value, t.value ->> 0, t.value ->> 1, t.value ->> 2, t.value ->> 3
  FROM json_each(?1) a, json_each(?2) t
  WHERE NOT EXISTS (SELECT 1 FROM submission_keys WHERE key_hash = ?3)
  ON CONFLICT (area, month, measure, category) DO UPDATE SET value = value + excluded.value`;

/** The statement that counts `result`, for the batch that inserts it, before the key is stored. */
export function countResult(db: D1Database, result: AnonymousResult, submissionKeyHash: string): D1PreparedStatement {
  const rows = resultTallies(result).map((t) => [t.month, t.measure, t.category, t.value]);
  return db.prepare(COUNT_RESULT).bind(JSON.stringify(areasOf(result.networkId, result.province)), JSON.stringify(rows), submissionKeyHash);
}
