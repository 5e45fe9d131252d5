/**
 * @module The network console's view of referrals: pages of a list, newest first, searchable,
 * with possible duplicates marked. Every query takes the network an access is limited to (null:
 * all networks), so a network token cannot reach another network's referrals through any of them.
 */
import type { SectorId, SizeId } from '../../core/profile';
import type { Band } from '../../core/scoring';
import { DUPLICATE_WINDOW_DAYS, type InboxItem } from '../../core/inbox';
import type { InboxDeliveryStatus, InboxStatus } from '../../core/referral-workflow';

export interface InboxFilter {
  /** The only network to include; null for all (admin). */
  readonly networkId: string | null;
  readonly status?: InboxStatus;
  readonly delivery?: InboxDeliveryStatus;
  /** Part of the company name, contact name or e-mail address, or of the reference; case ignored. */
  readonly q?: string;
}

/** Where the next page starts: just after this referral in newest-first order. */
export interface InboxCursor {
  readonly createdAt: string;
  readonly reference: string;
}

export interface InboxItemRow {
  reference: string; created_at: string; network_id: string; network_name: string; partner_id: string;
  partner_name: string | null; company_name: string | null; contact_name: string | null; postcode: number | null;
  sector: SectorId | null; size: SizeId | null; overall: number; band: Band; status: InboxStatus;
  delivery_status: InboxDeliveryStatus; closed_at: string | null; withdrawn_at: string | null; erased_at: string | null;
  scan_planned_on: string | null; scan_planned_by: string | null; duplicate_of: string | null; possible_duplicates: string | null;
}

const OWN_COLUMNS = [
  'reference', 'created_at', 'network_id', 'partner_id', 'company_name', 'contact_name', 'postcode', 'sector', 'size',
  'overall', 'band', 'status', 'delivery_status', 'closed_at', 'withdrawn_at', 'erased_at', 'scan_planned_on',
  'scan_planned_by', 'duplicate_of',
] as const satisfies readonly (keyof InboxItemRow)[];

/**
 * Other live referrals to the same network, same e-mail or company name (case ignored), made
 * within the window either side (case folded for A-Z only: SQLite's lower() knows no other
 * letters); none for a row that is erased or already closed as a duplicate,
 * and never one already closed as a duplicate. Both comparisons use the indexes of migration 0014.
 */
const POSSIBLE_DUPLICATES = `(SELECT group_concat(reference, ',') FROM (
    SELECT d.reference FROM referrals d
    WHERE d.network_id = r.network_id AND d.id <> r.id AND d.erased_at IS NULL AND d.duplicate_of IS NULL
      AND r.erased_at IS NULL AND r.duplicate_of IS NULL
      AND (lower(d.email) = lower(r.email) OR lower(d.company_name) = lower(r.company_name))
      AND abs(julianday(d.created_at) - julianday(r.created_at)) <= ${DUPLICATE_WINDOW_DAYS}
    ORDER BY d.created_at))`;

/** The columns of {@link InboxItemRow} for a SELECT from {@link ITEM_FROM}. */
export const ITEM_COLUMNS = [
  ...OWN_COLUMNS.map((name) => `r.${name}`),
  'n.name AS network_name',
  'p.name AS partner_name',
  `${POSSIBLE_DUPLICATES} AS possible_duplicates`,
].join(', ');

/** A referral `r` with its network `n` and partner `p` (a removed partner leaves its id only). */
export const ITEM_FROM = 'referrals r JOIN networks n ON n.id = r.network_id LEFT JOIN partners p ON p.id = r.partner_id';

export const toInboxItem = (row: InboxItemRow): InboxItem => ({
  reference: row.reference, createdAt: row.created_at, networkId: row.network_id, networkName: row.network_name,
  partnerId: row.partner_id, partnerName: row.partner_name ?? row.partner_id, companyName: row.company_name,
  contactName: row.contact_name, postcode: row.postcode, sector: row.sector, size: row.size, overall: row.overall,
  band: row.band, status: row.status, deliveryStatus: row.delivery_status, closedAt: row.closed_at,
  withdrawnAt: row.withdrawn_at, erasedAt: row.erased_at, scanPlannedOn: row.scan_planned_on,
  scanPlannedBy: row.scan_planned_by, duplicateOf: row.duplicate_of,
  possibleDuplicates: row.possible_duplicates === null ? [] : row.possible_duplicates.split(','),
});

/** `text` for a LIKE pattern: its own `%`, `_` and `\` match themselves. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE clause (with `?` placeholders) for a filter and an optional cursor. */
export function inboxWhere(filter: InboxFilter, after?: InboxCursor): { sql: string; params: (string | number)[] } {
  const clauses: string[] = ['1 = 1'];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.networkId !== null) add('r.network_id = ?', filter.networkId);
  if (filter.status !== undefined) add('r.status = ?', filter.status);
  if (filter.delivery !== undefined) add('r.delivery_status = ?', filter.delivery);
  if (filter.q !== undefined) {
    const pattern = likeContaining(filter.q);
    add(
      `(r.reference LIKE ? ESCAPE '\\' OR r.company_name LIKE ? ESCAPE '\\' OR r.contact_name LIKE ? ESCAPE '\\' OR r.email LIKE ? ESCAPE '\\')`,
      pattern, pattern, pattern, pattern,
    );
  }
  if (after !== undefined) add('(r.created_at, r.reference) < (?, ?)', after.createdAt, after.reference);
  return { sql: clauses.join(' AND '), params };
}

/** Up to `limit` referrals, newest first, and the cursor of the next page (null on the last). */
export async function listInbox(
  db: D1Database,
  filter: InboxFilter,
  limit: number,
  after?: InboxCursor,
): Promise<{ items: InboxItem[]; next: InboxCursor | null }> {
  const where = inboxWhere(filter, after);
  const { results } = await db
    .prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE ${where.sql} ORDER BY r.created_at DESC, r.reference DESC LIMIT ?`)
    .bind(...where.params, limit + 1)
    .all<InboxItemRow>();
  const items = results.slice(0, limit).map(toInboxItem);
  const last = items.at(-1);
  return { items, next: results.length > limit && last ? { createdAt: last.createdAt, reference: last.reference } : null };
}

/** The name of a network, also of one switched off; null when there is no such network. */
export async function networkName(db: D1Database, networkId: string): Promise<string | null> {
  const row = await db.prepare('SELECT name FROM networks WHERE id = ?1').bind(networkId).first<{ name: string }>();
  return row?.name ?? null;
}
