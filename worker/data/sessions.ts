/**
 * @module Console sessions: signing in exchanges an access token once for a random session id,
 * which the browser keeps in an HttpOnly cookie (worker/http/session-cookie.ts). The database
 * keeps only the SHA-256 of the session id. A session ends when idle for
 * {@link SESSION_IDLE_MS}, at {@link SESSION_MAX_MS} after sign-in, on sign-out, or with its token.
 */
import { sha256Hex } from './hash';
import { GRANT_COLUMNS, USABLE_TOKEN, grantOf, type TokenGrant } from './tokens';

/** Signed out after two hours without a request: a coordinator's lunch break, not a weekend. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

/** Signed out twelve hours after signing in, however busy: one working day. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;

/** `last_seen_at` is written at most this often, so a busy page does not write on every read. */
const TOUCH_EVERY_MS = 60 * 1000;

/** A session's grant, and its row (to end it). */
export interface SessionGrant {
  readonly grant: TokenGrant;
  readonly sessionId: number;
}

/**
 * The CSRF token of a session: derived from the session id, which only this worker and the
 * HttpOnly cookie know, so a page of another site can neither read nor compute it. The console
 * gets it at sign-in and from `GET /me`.
 */
export const csrfTokenOf = (session: string): Promise<string> => sha256Hex(`csrf:${session}`);

/** 32 random bytes as base64url: unguessable, cookie- and header-safe. */
export function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Starts a session for the token row `tokenId`; returns the session id for the cookie (never stored). */
export async function startSession(db: D1Database, tokenId: number, now: Date = new Date()): Promise<string> {
  const session = randomSecret();
  await db
    .prepare(
      `INSERT INTO console_sessions (session_hash, token_id, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, ?3, ?4)`,
    )
    .bind(await sha256Hex(session), tokenId, now.toISOString(), new Date(now.getTime() + SESSION_MAX_MS).toISOString())
    .run();
  return session;
}

interface SessionRow {
  id: number; kind: 'admin' | 'network'; network_id: string | null; person_name: string; label: string;
  session_id: number; last_seen_at: string;
}

/** The live session for the cookie value `session`, or null (unknown, idle, expired, signed out, token revoked). */
export async function findSession(db: D1Database, session: string, now: Date = new Date()): Promise<SessionGrant | null> {
  if (session.length === 0 || session.length > 100) return null;
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  const row = await db
    .prepare(
      `SELECT ${GRANT_COLUMNS}, s.id AS session_id, s.last_seen_at
       FROM console_sessions s JOIN access_tokens t ON t.id = s.token_id
       WHERE s.session_hash = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2 AND s.last_seen_at > ?3 AND ${USABLE_TOKEN}`,
    )
    .bind(await sha256Hex(session), now.toISOString(), idleSince)
    .first<SessionRow>();
  const grant = row === null ? null : grantOf(row);
  if (row === null || grant === null) return null;
  if (now.getTime() - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    await db.prepare('UPDATE console_sessions SET last_seen_at = ?2 WHERE id = ?1').bind(row.session_id, now.toISOString()).run();
  }
  return { grant, sessionId: row.session_id };
}

/** Ends a session on the server: its cookie, wherever it was copied to, no longer works. */
export async function endSession(db: D1Database, sessionId: number, now: Date = new Date()): Promise<void> {
  await db.prepare('UPDATE console_sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL').bind(sessionId, now.toISOString()).run();
}

/**
 * Forgets sessions that can no longer be used: past their absolute end, idle too long, or signed
 * out a day ago or more (so a sign-out stays visible for a day when tracing a problem). Run by
 * the daily retention job; returns how many went.
 */
export async function forgetEndedSessions(db: D1Database, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS).toISOString();
  const { meta } = await db
    .prepare('DELETE FROM console_sessions WHERE expires_at < ?1 OR last_seen_at < ?2 OR revoked_at < ?3')
    .bind(now.toISOString(), idleSince, dayAgo)
    .run();
  return meta.changes ?? 0;
}
