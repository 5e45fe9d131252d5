/** @module Anonymous assessment results: stored once per submission, with nothing that identifies a visitor. */
import type { AnonymousResult } from './anonymous-result';
import { countResult } from './statistics-tally';

export type { AnonymousResult } from './anonymous-result';

/**
 * Stores a result unless a result with the same submission key was stored before; `stored` says
 * which. `submissionKeyHash` is the SHA-256 hex of the browser's submission id (see `sha256Hex`).
 *
 * All statements run in one batch, which D1 runs as one transaction: the result and its counts in
 * the statistics tallies (`countResult`) go in only while its key is still unseen, and the key goes
 * in last, with them, or nothing does when the result is rejected. SQLite runs write transactions
 * one at a time, so two simultaneous retries cannot both see the key as new; the key's primary
 * key is the last guard.
 */
export async function storeResult(
  db: D1Database,
  result: AnonymousResult,
  submissionKeyHash: string,
  requestHash: string | null = null,
): Promise<{ stored: boolean }> {
  const principleScores = JSON.stringify(result.principleScores.map(({ id, score }) => ({ id, score })));
  const answers = JSON.stringify(result.answers);
  const [insertResult] = await db.batch([
    db
      .prepare(
        `INSERT INTO results (day, partner_id, bank_version, lang, answers, principle_scores, overall, band, sector, size, network_id, province,
           recheck_previous_band, recheck_after_scan)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12, ?13, ?14, ?15
         WHERE NOT EXISTS (SELECT 1 FROM submission_keys WHERE key_hash = ?11)`,
      )
      .bind(
        result.day,
        result.partnerId,
        result.bankVersion,
        result.lang,
        answers,
        principleScores,
        result.overall,
        result.band,
        result.sector,
        result.size,
        submissionKeyHash,
        result.networkId,
        result.province,
        result.recheck?.previousBand ?? null,
        result.recheck == null ? null : Number(result.recheck.afterScan),
      ),
    countResult(db, result, submissionKeyHash),
    db
      .prepare('INSERT INTO submission_keys (key_hash, day, request_hash) VALUES (?1, ?2, ?3) ON CONFLICT (key_hash) DO NOTHING')
      .bind(submissionKeyHash, result.day, requestHash),
  ]);
  return { stored: insertResult?.meta.changes === 1 };
}

/**
 * The request hash a submission key was first stored with (migrations/0012), or null when the key
 * is unknown or older than request hashes: then a replay cannot be told from a changed request.
 */
export async function submissionRequestHash(db: D1Database, submissionKeyHash: string): Promise<string | null> {
  const row = await db.prepare('SELECT request_hash FROM submission_keys WHERE key_hash = ?1').bind(submissionKeyHash).first<{ request_hash: string | null }>();
  return row?.request_hash ?? null;
}

/**
 * Forgets the submission keys of days before `day` (`YYYY-MM-DD`), for a daily cron. After that a
 * very late retry would count twice, which statistics can bear; keeping keys forever is not needed.
 * Returns how many keys were forgotten.
 */
export async function forgetSubmissionKeys(db: D1Database, beforeDay: string): Promise<number> {
  const { meta } = await db.prepare('DELETE FROM submission_keys WHERE day < ?1').bind(beforeDay).run();
  return meta.changes;
}
