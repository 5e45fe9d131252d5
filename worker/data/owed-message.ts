/**
 * @module The state of a message the worker owes someone, written once for every kind (the
 * withdrawal notice, the confirmation e-mail, the invitation to do the check again and the
 * registration decision e-mail): 'pending' in the write that makes it owed, 'queued' once the queue
 * took it, 'sent' once its receiver took it, 'failed' after the last try.
 */

export type OwedMessageStatus = 'pending' | 'queued' | 'sent' | 'failed';

/** Where a kind keeps its state: names from migrations/, never from a request. */
export interface OwedMessageColumns {
  readonly table: string;
  /** The row's id, the one its queue message carries. */
  readonly key: string;
  readonly status: string;
  /** When `status` last changed (ISO 8601 UTC), for the sweep. */
  readonly statusAt: string;
}

/** The moves of one kind's state. */
export interface OwedMessages {
  /**
   * Handed to the queue, in one write for any number of ids; one already sent stays sent (the
   * consumer may be first). Returns how many changed.
   */
  readonly markQueued: (db: D1Database, ids: readonly string[], at?: Date) => Promise<number>;
  /** Taken by its receiver; never sent again after that. False if nothing changed. */
  readonly markSent: (db: D1Database, id: string, at?: Date) => Promise<boolean>;
  /** After the last try; the sweep leaves it alone from then on. False if nothing changed. */
  readonly markFailed: (db: D1Database, id: string, at?: Date) => Promise<boolean>;
  /**
   * Ids the sweep should queue again, oldest first, at most `limit`: 'pending' since before
   * `pendingBefore` (the queue refused it) or 'queued' since before `queuedBefore` (its message was
   * lost). Both ISO 8601 UTC.
   */
  readonly listOwed: (db: D1Database, pendingBefore: string, queuedBefore: string, limit?: number) => Promise<string[]>;
}

/** As SQL lists: not sent yet, and still owed (the sweep's business). */
const NOT_SENT = "('pending', 'queued', 'failed')";
const OWED = "('pending', 'queued')";

/** The state of the kind kept in `columns`; its partial index must cover `status IN ('pending', 'queued')`. */
export function owedMessages({ table, key, status, statusAt }: OwedMessageColumns): OwedMessages {
  const move = async (db: D1Database, id: string, fromSql: string, to: OwedMessageStatus, at: Date) => {
    const { meta } = await db
      .prepare(`UPDATE ${table} SET ${status} = ?2, ${statusAt} = ?3 WHERE ${key} = ?1 AND ${status} IN ${fromSql}`)
      .bind(id, to, at.toISOString())
      .run();
    return meta.changes > 0;
  };
  return {
    markQueued: async (db, ids, at = new Date()) => {
      const { meta } = await db
        .prepare(
          `UPDATE ${table} SET ${status} = 'queued', ${statusAt} = ?2
           WHERE ${key} IN (SELECT value FROM json_each(?1)) AND ${status} IN ${NOT_SENT}`,
        )
        .bind(JSON.stringify(ids), at.toISOString())
        .run();
      return meta.changes;
    },
    markSent: (db, id, at = new Date()) => move(db, id, NOT_SENT, 'sent', at),
    markFailed: (db, id, at = new Date()) => move(db, id, OWED, 'failed', at),
    listOwed: async (db, pendingBefore, queuedBefore, limit = 100) => {
      const { results } = await db
        .prepare(
          // The first term repeats the partial index's WHERE, so SQLite can use the index.
          `SELECT ${key} AS id FROM ${table}
           WHERE ${status} IN ${OWED}
             AND ((${status} = 'pending' AND ${statusAt} < ?1) OR (${status} = 'queued' AND ${statusAt} < ?2))
           ORDER BY ${statusAt}, ${key} LIMIT ?3`,
        )
        .bind(pendingBefore, queuedBefore, limit)
        .all<{ id: string | number }>();
      // A registration's id is an INTEGER; queue messages carry every id as text.
      return results.map((row) => String(row.id));
    },
  };
}
