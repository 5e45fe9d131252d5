/**
 * @module Calls to `/api/v1/console` in the signed-in session. The browser sends the session
 * cookie itself (HttpOnly: this code never sees it); every change also sends the session's CSRF
 * token, which the worker requires of a state change by cookie. A 401 anywhere means the session
 * ended (signed out elsewhere, idle too long, token revoked): the client then signs the user out.
 */
import { parseSafely } from '../safe-text';
import type { Identity } from '../../core/console-identity';
import { failureOf, unreachable } from './failure';

export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
}

const FILENAME = /filename="([^"]+)"/;

/** The header worker/http/session-cookie.ts names CSRF_HEADER. */
const CSRF_HEADER = 'X-CSRF-Token';

async function call(path: string, init: RequestInit): Promise<Response> {
  try {
    // Same-origin requests send the cookie by default; no-store: console data stays out of caches.
    return await fetch(`/api/v1/console${path}`, { ...init, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw unreachable();
  }
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** Exchanges an access token for a session (the cookie); the token is not kept anywhere. */
export async function signIn(token: string): Promise<Identity> {
  const response = await call('/session', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ token }) });
  if (!response.ok) throw await failureOf(response);
  return (await response.json()) as Identity;
}

/** Who the current session is, or null when this browser is signed out. */
export async function currentIdentity(): Promise<Identity | null> {
  const response = await call('/session', {});
  if (!response.ok) throw await failureOf(response);
  return ((await response.json()) as { identity: Identity | null }).identity;
}

export class ConsoleApi {
  /** `csrfToken` from the identity; `onSignedOut` runs on every 401, before the request's promise rejects. */
  constructor(
    private readonly csrfToken: string,
    private readonly onSignedOut: () => void,
  ) {}

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (init.method !== undefined && init.method !== 'GET') headers.set(CSRF_HEADER, this.csrfToken);
    const response = await call(path, { ...init, headers });
    if (response.ok) return response;
    const failure = await failureOf(response);
    if (response.status === 401) this.onSignedOut();
    throw failure;
  }

  async get<T>(path: string): Promise<T> {
    return parseSafely<T>(await (await this.request(path)).text());
  }

  async patch<T>(path: string, body: unknown): Promise<T> {
    return parseSafely<T>(await (await this.request(path, { method: 'PATCH', headers: JSON_HEADERS, body: JSON.stringify(body) })).text());
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return parseSafely<T>(await (await this.request(path, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) })).text());
  }

  /** Ends the session on the server; the cookie is then worthless wherever it was copied. */
  async signOut(): Promise<void> {
    await this.request('/session', { method: 'DELETE' });
  }

  /** A CSV export, kept as a Blob so a failure can be shown in the page instead of a broken download. */
  async download(path: string, fallbackName: string): Promise<DownloadedFile> {
    const response = await this.request(path);
    const filename = FILENAME.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
    return { blob: await response.blob(), filename };
  }
}
