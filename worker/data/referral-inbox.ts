/**
 * @module The network console's view of referrals: pages of a list, newest first, and one
 * referral in full. Every query takes the network an access is limited to (null: all networks),
 * so a network token cannot reach another network's referrals through any of them.
 */
import type { Band } from '../../core/scoring';
import type { InboxItem } from '../../core/console-api';
import type { InboxDeliveryStatus, InboxStatus } from '../../core/referral-workflow';

export interface InboxFilter {
  /** The only network to include; null for all (admin). */
  readonly networkId: string | null;
  readonly status?: InboxStatus;
  readonly delivery?: InboxDeliveryStatus;
}

/** Where the next page starts: just after this referral in newest-first order. */
export interface InboxCursor {
  readonly createdAt: string;
  readonly reference: string;
}


export interface InboxItemRow {
  reference: string; created_at: string; network_id: string; partner_id: string; company_name: string | null;
  contact_name: string | null; postcode: number | null; sector: string | null; size: string | null; overall: number;
  band: Band; status: InboxStatus; delivery_status: InboxDeliveryStatus; closed_at: string | null;
  withdrawn_at: string | null; erased_at: string | null;
}

const ITEM_COLUMN_NAMES = [
  'reference', 'created_at', 'network_id', 'partner_id', 'company_name', 'contact_name', 'postcode', 'sector', 'size',
  'overall', 'band', 'status', 'delivery_status', 'closed_at', 'withdrawn_at', 'erased_at',
] as const satisfies readonly (keyof InboxItemRow)[];

/** The columns of {@link InboxItemRow} for a SELECT, each prefixed with `table.` when given. */
export const itemColumns = (table?: string): string =>
  ITEM_COLUMN_NAMES.map((name) => (table ? `${table}.${name}` : name)).join(', ');

export const toInboxItem = (row: InboxItemRow): InboxItem => ({
  reference: row.reference, createdAt: row.created_at, networkId: row.network_id, partnerId: row.partner_id,
  companyName: row.company_name, contactName: row.contact_name, postcode: row.postcode, sector: row.sector,
  size: row.size, overall: row.overall, band: row.band, status: row.status, deliveryStatus: row.delivery_status,
  closedAt: row.closed_at, withdrawnAt: row.withdrawn_at, erasedAt: row.erased_at,
});

/** The WHERE clause (with `?` placeholders) for a filter and an optional cursor. */
export function inboxWhere(filter: InboxFilter, after?: InboxCursor): { sql: string; params: (string | number)[] } {
  const clauses: string[] = ['1 = 1'];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.networkId !== null) add('network_id = ?', filter.networkId);
  if (filter.status !== undefined) add('status = ?', filter.status);
  if (filter.delivery !== undefined) add('delivery_status = ?', filter.delivery);
  if (after !== undefined) add('(created_at, reference) < (?, ?)', after.createdAt, after.reference);
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
    .prepare(`SELECT ${itemColumns()} FROM referrals WHERE ${where.sql} ORDER BY created_at DESC, reference DESC LIMIT ?`)
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
