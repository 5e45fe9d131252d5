/** @module All referrals of a filter at once, for the console's spreadsheet export. */
import type { InboxItem } from '../../core/console-api';
import { inboxWhere, itemColumns, toInboxItem, type InboxFilter, type InboxItemRow } from './referral-inbox';

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
}

interface ExportRow extends InboxItemRow {
  email: string | null; phone: string | null; message: string | null; note: string | null; lang: string; share_answers: 0 | 1;
}

/** The referrals matching `filter`, newest first, at most {@link MAX_EXPORT_ROWS}. */
export async function exportInbox(db: D1Database, filter: InboxFilter): Promise<InboxExportRow[]> {
  const where = inboxWhere(filter);
  const { results } = await db
    .prepare(
      `SELECT ${itemColumns()}, email, phone, message, note, lang, share_answers FROM referrals
       WHERE ${where.sql} ORDER BY created_at DESC, reference DESC LIMIT ?`,
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
  }));
}
