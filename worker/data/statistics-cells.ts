/**
 * @module Keeps the statistics cells (migrations/0007) up to date as a result arrives: the
 * statements here join the result's own insert batch, so a result and its counts are stored
 * together or not at all. The month's rollups are marked out of date in the same batch.
 */
import type { AnonymousResult } from './anonymous-result';

/**
 * The cell a result belongs to, from ?1 day, ?2 partner, ?3 sector, ?4 size. The network is the
 * partner's default network as it is now, read inside the transaction; never anything postal.
 * Kept identical to migrations/0008, which aggregates older results.
 */
const CELL_NETWORK = "coalesce((SELECT default_network_id FROM partners WHERE id = ?2), 'unassigned')";
const CELL_KEY = `${CELL_NETWORK}, substr(?1, 1, 7), ?2, coalesce(?3, 'unknown'), coalesce(?4, 'unknown')`;
const IS_CELL = `c.network_id = ${CELL_NETWORK} AND c.month = substr(?1, 1, 7) AND c.partner_id = ?2
  AND c.sector = coalesce(?3, 'unknown') AND c.size = coalesce(?4, 'unknown')`;

/**
 * ?5: the submission key. Every statement carries the same guard as the result's own insert, and
 * the batch stores the key after them all: in one transaction they all see the key unseen (the
 * result is new and counted) or all see it stored (a replay, counted nowhere).
 */
const IS_NEW = 'NOT EXISTS (SELECT 1 FROM submission_keys WHERE key_hash = ?5)';

// `WHERE` before each ON CONFLICT is also SQLite's rule for an upsert after a SELECT.
const COUNT_RESULT = `INSERT INTO stats_cells (network_id, month, partner_id, sector, size, results, green, orange, red)
  SELECT ${CELL_KEY}, 1, ?6 = 'green', ?6 = 'orange', ?6 = 'red' WHERE ${IS_NEW}
  ON CONFLICT (network_id, month, partner_id, sector, size) DO UPDATE SET results = results + 1,
    green = green + excluded.green, orange = orange + excluded.orange, red = red + excluded.red`;

const ADD_PRINCIPLE_SCORES = `INSERT INTO stats_cell_principles (cell_id, principle_id, score_sum, scored)
  SELECT c.id, s.value ->> 'id', coalesce(s.value ->> 'score', 0), s.value ->> 'score' IS NOT NULL
  FROM stats_cells c, json_each(?6) s WHERE ${IS_CELL} AND ${IS_NEW}
  ON CONFLICT (cell_id, principle_id) DO UPDATE SET
    score_sum = score_sum + excluded.score_sum, scored = scored + excluded.scored`;

const COUNT_GAPS = `INSERT INTO stats_cell_gaps (cell_id, question_id, gaps)
  SELECT c.id, a.key, 1 FROM stats_cells c, json_each(?6) a
  WHERE ${IS_CELL} AND a.value IN ('no', 'unknown') AND ${IS_NEW}
  ON CONFLICT (cell_id, question_id) DO UPDATE SET gaps = gaps + 1`;

const NOTE_BANK_VERSION = `INSERT INTO stats_cell_versions (cell_id, bank_version)
  SELECT c.id, ?6 FROM stats_cells c WHERE ${IS_CELL} AND ${IS_NEW}
  ON CONFLICT (cell_id, bank_version) DO NOTHING`;

const MARK_MONTH_CHANGED = `INSERT INTO stats_months (network_id, month, rolled_up)
  SELECT ${CELL_NETWORK}, substr(?1, 1, 7), 0 WHERE ${IS_NEW}
  ON CONFLICT (network_id, month) DO UPDATE SET rolled_up = 0`;

/**
 * The statements that count `result` in its cell, for the batch that inserts it; they must run
 * before the batch stores `submissionKeyHash`. `principleScoresJson` and `answersJson` are the
 * JSON the result row stores, so the counts are of exactly what was stored.
 */
export function countResult(
  db: D1Database,
  result: AnonymousResult,
  principleScoresJson: string,
  answersJson: string,
  submissionKeyHash: string,
): D1PreparedStatement[] {
  const cell = [result.day, result.partnerId, result.sector, result.size, submissionKeyHash] as const;
  return [
    db.prepare(COUNT_RESULT).bind(...cell, result.band),
    db.prepare(ADD_PRINCIPLE_SCORES).bind(...cell, principleScoresJson),
    db.prepare(COUNT_GAPS).bind(...cell, answersJson),
    db.prepare(NOTE_BANK_VERSION).bind(...cell, result.bankVersion),
    db.prepare(MARK_MONTH_CHANGED).bind(...cell),
  ];
}
