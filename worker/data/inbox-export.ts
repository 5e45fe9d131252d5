/** @module All referrals of a filter at once, for the console's spreadsheet export. */
import type { InboxItem } from '../../core/inbox';
import { ITEM_COLUMNS, ITEM_FROM, inboxWhere, toInboxItem, type InboxFilter, type InboxItemRow } from './inbox';

/**
 * The most rows one export holds. Far above a network's yearly referrals; it keeps a mistaken
 * admin export within the worker's memory and D1's response size.
 */
export const MAX_EXPORT_ROWS = 10_000;

export interface InboxExportRow extends InboxItem {
  readonly email: string | null;
  readonly phone: string | null;
  readonly message: string | null;
  readonly note: string | null;
  readonly lang: string;
  readonly answersShared: boolean;
  /** Who made the last status change, and when; null while it is new. */
  readonly lastChangeBy: string | null;
  readonly lastChangeAt: string | null;
}

interface ExportRow extends InboxItemRow {
  email: string | null; phone: string | null; message: string | null; note: string | null; lang: string; share_answers: 0 | 1;
  last_change_by: string | null; last_change_at: string | null;
}

/** The newest status change of `r`: who (the person, else the kind of actor) and when. */
const LAST_CHANGE = (column: string) => `(SELECT ${column} FROM referral_status_changes c WHERE c.referral_id = r.id ORDER BY c.changed_at DESC, c.id DESC LIMIT 1)`;

/** The referrals matching `filter`, newest first, at most {@link MAX_EXPORT_ROWS}. */
export async function exportInbox(db: D1Database, filter: InboxFilter): Promise<InboxExportRow[]> {
  const where = inboxWhere(filter);
  const { results } = await db
    .prepare(
      `SELECT ${ITEM_COLUMNS}, r.email, r.phone, r.message, r.note, r.lang, r.share_answers,
         ${LAST_CHANGE("CASE WHEN c.changed_by_name <> '' THEN c.changed_by_name ELSE c.changed_by END")} AS last_change_by,
         ${LAST_CHANGE('c.changed_at')} AS last_change_at
       FROM ${ITEM_FROM} WHERE ${where.sql} ORDER BY r.created_at DESC, r.reference DESC LIMIT ?`,
    )
    .bind(...where.params, MAX_EXPORT_ROWS)
    .all<ExportRow>();
  return results.map((row) => ({
    ...toInboxItem(row),
    email: row.email,
    phone: row.phone,
    message: row.message,
    note: row.note,
    lang: row.lang,
    answersShared: row.share_answers === 1,
    lastChangeBy: row.last_change_by,
    lastChangeAt: row.last_change_at,
  }));
}
