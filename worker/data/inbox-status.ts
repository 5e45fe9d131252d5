/**
 * @module A network moves a referral along its workflow, plans its scan, keeps a short internal
 * note on it, closes it as a duplicate or reopens it; every move is in the history with who made it.
 */
import type { StatusActor } from '../../core/inbox';
import { isClosing, type InboxStatus } from '../../core/referral-workflow';

/** Who changes a referral: the kind of actor, and the person whose token it is. */
export interface Changer {
  readonly by: StatusActor;
  readonly byName: string;
}

export interface StatusUpdate extends Changer {
  readonly reference: string;
  /** The status the caller saw; the update applies only if it is still the referral's status. */
  readonly from: InboxStatus;
  /** Equal to `from` for a change of note or planning only. */
  readonly to: InboxStatus;
  /** undefined leaves the note as it is; null clears it. */
  readonly note?: string | null;
  /** undefined leaves the planning as it is. */
  readonly scanPlannedOn?: string;
  readonly scanPlannedBy?: string | null;
  /** Closing as a duplicate of this reference (with `to: 'declined'`). */
  readonly duplicateOf?: string;
}

const LIVE_WITH_STATUS = 'reference = ?1 AND status = ?2 AND erased_at IS NULL';

const historyEntry = (db: D1Database, reference: string, from: InboxStatus, to: InboxStatus, at: string, who: Changer, reason: string | null) =>
  db
    .prepare(
      `INSERT INTO referral_status_changes (referral_id, changed_at, from_status, to_status, changed_by, changed_by_name, reason)
       SELECT id, ?3, ?2, ?4, ?5, ?6, ?7 FROM referrals WHERE ${LIVE_WITH_STATUS}`,
    )
    .bind(reference, from, at, to, who.by, who.byName, reason);

/**
 * Applies `update` to the live (not erased) referral if its status is still `update.from`, with a
 * status change in the history when the status moves, and `closed_at` when it closes. False when
 * nothing matched: someone else changed it meanwhile (or it was erased). Moves are checked by the
 * caller against `nextStatuses`; this only keeps two consoles from overwriting each other.
 */
export async function updateReferralStatus(db: D1Database, update: StatusUpdate, now: Date = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const moves = update.from !== update.to;
  const closes = moves && isClosing(update.to);
  const reason = update.duplicateOf === undefined ? null : `Dubbele aanvraag; verder onder ${update.duplicateOf}.`;
  const statements = [
    ...(moves ? [historyEntry(db, update.reference, update.from, update.to, at, update, reason)] : []),
    db
      .prepare(
        `UPDATE referrals SET status = ?3, closed_at = CASE WHEN ?4 THEN ?5 ELSE closed_at END,
           note = CASE WHEN ?6 THEN note ELSE ?7 END,
           scan_planned_on = CASE WHEN ?8 THEN scan_planned_on ELSE ?9 END,
           scan_planned_by = CASE WHEN ?8 THEN scan_planned_by ELSE ?10 END,
           duplicate_of = coalesce(?11, duplicate_of)
         WHERE ${LIVE_WITH_STATUS}`,
      )
      .bind(
        update.reference, update.from, update.to, closes ? 1 : 0, at,
        update.note === undefined ? 1 : 0, update.note ?? null,
        update.scanPlannedOn === undefined ? 1 : 0, update.scanPlannedOn ?? null, update.scanPlannedBy ?? null,
        update.duplicateOf ?? null,
      ),
  ];
  const results = await db.batch(statements);
  return (results.at(-1)?.meta.changes ?? 0) > 0;
}

export interface Reopening extends Changer {
  readonly reference: string;
  /** The closed status the caller saw. */
  readonly from: InboxStatus;
  /** The open status it goes back to: the one it was closed from. */
  readonly to: InboxStatus;
  readonly reason: string;
}

/**
 * Reopens the live referral if it is still `from`: back to `to`, no longer closed nor a
 * duplicate, with the reason in the history. The 14-day rule is the caller's
 * (core/referral-workflow.ts); false when someone changed it meanwhile.
 */
export async function reopenReferral(db: D1Database, reopening: Reopening, now: Date = new Date()): Promise<boolean> {
  const at = now.toISOString();
  const [, updated] = await db.batch([
    historyEntry(db, reopening.reference, reopening.from, reopening.to, at, reopening, reopening.reason),
    db
      .prepare(`UPDATE referrals SET status = ?3, closed_at = NULL, duplicate_of = NULL WHERE ${LIVE_WITH_STATUS}`)
      .bind(reopening.reference, reopening.from, reopening.to),
  ]);
  return (updated?.meta.changes ?? 0) > 0;
}

/** The open status a closed referral was closed from (its last move into `closed`), else 'new'. */
export async function statusBeforeClosing(db: D1Database, reference: string): Promise<InboxStatus> {
  const row = await db
    .prepare(
      `SELECT c.from_status FROM referral_status_changes c JOIN referrals r ON r.id = c.referral_id
       WHERE r.reference = ?1 AND c.to_status = r.status ORDER BY c.changed_at DESC, c.id DESC LIMIT 1`,
    )
    .bind(reference)
    .first<{ from_status: InboxStatus }>();
  return row?.from_status ?? 'new';
}
