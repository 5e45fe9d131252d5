/**
 * @module Access tokens for the network console and the admin tools. Only the SHA-256 of a token
 * is stored: a leaked database (or backup) gives no working token.
 */
import { sha256Hex } from './hash';

/** Recognisable in logs, password managers and secret scanners; never part of the hash input alone. */
export const TOKEN_PREFIX = 'cst_';

export type TokenKind = 'admin' | 'network';

/** What a valid, unrevoked token grants, and whose it is. */
export type TokenGrant = ({ kind: 'admin' } | { kind: 'network'; networkId: string }) & {
  /** The token's row, so a session can point at it (and dies with it). */
  readonly tokenId?: number;
  /** Who holds it: the person's name, or the label of an older token without one; '' if neither. */
  readonly personName?: string;
};

interface TokenRow {
  id: number;
  kind: TokenKind;
  network_id: string | null;
  person_name: string;
  label: string;
}

/** The SQL that makes a grant of a token row; shared with the session lookup (sessions.ts). */
export const GRANT_COLUMNS = 't.id, t.kind, t.network_id, t.person_name, t.label';

/** A usable token: not revoked, and a network token's network still exists (a token for nothing grants nothing). */
export const USABLE_TOKEN = `t.revoked_at IS NULL AND (t.kind = 'admin' OR EXISTS (SELECT 1 FROM networks n WHERE n.id = t.network_id))`;

/** The grant of a row selected with {@link GRANT_COLUMNS}. */
export function grantOf(row: TokenRow): TokenGrant | null {
  const who = { tokenId: row.id, personName: row.person_name || row.label };
  if (row.kind === 'admin') return { kind: 'admin', ...who };
  return row.network_id === null ? null : { kind: 'network', networkId: row.network_id, ...who };
}

/** Whether `token` could be one of ours at all; anything else is not worth a database query. */
export const looksLikeToken = (token: string): boolean => token.startsWith(TOKEN_PREFIX) && token.length <= 200;

/**
 * The grant of `token`, or null when it is unknown, revoked, malformed, or a network token whose
 * network row is gone.
 */
export async function findTokenGrant(db: D1Database, token: string): Promise<TokenGrant | null> {
  if (!looksLikeToken(token)) return null;
  const row = await db
    .prepare(`SELECT ${GRANT_COLUMNS} FROM access_tokens t WHERE t.token_hash = ?1 AND ${USABLE_TOKEN}`)
    .bind(await sha256Hex(token))
    .first<TokenRow>();
  return row === null ? null : grantOf(row);
}
