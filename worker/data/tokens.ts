/**
 * @module Access tokens for the network console and the admin tools. Only the SHA-256 of a token
 * is stored: a leaked database (or backup) gives no working token.
 */
import { sha256Hex } from './hash';

/** Recognisable in logs, password managers and secret scanners; never part of the hash input alone. */
export const TOKEN_PREFIX = 'cst_';

export type TokenKind = 'admin' | 'network';

/** What a valid, unrevoked token grants. */
export type TokenGrant = { kind: 'admin' } | { kind: 'network'; networkId: string };

interface TokenRow {
  kind: TokenKind;
  network_id: string | null;
}

/**
 * The grant of `token`, or null when it is unknown, revoked, malformed, or a network token whose
 * network row is gone (a token for nothing grants nothing).
 */
export async function findTokenGrant(db: D1Database, token: string): Promise<TokenGrant | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db
    .prepare(
      `SELECT t.kind, t.network_id FROM access_tokens t
       LEFT JOIN networks n ON n.id = t.network_id
       WHERE t.token_hash = ?1 AND t.revoked_at IS NULL AND (t.kind = 'admin' OR n.id IS NOT NULL)`,
    )
    .bind(await sha256Hex(token))
    .first<TokenRow>();
  if (row === null) return null;
  if (row.kind === 'admin') return { kind: 'admin' };
  return row.network_id === null ? null : { kind: 'network', networkId: row.network_id };
}
