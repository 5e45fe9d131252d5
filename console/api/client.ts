/**
 * @module Calls to `/api/v1/console` with the signed-in access token. A 401 anywhere means the
 * token no longer works (revoked, or a typo at sign-in): the client then signs the user out.
 */
import { parseSafely } from '../safe-text';
import { failureOf, unreachable } from './failure';

export interface DownloadedFile {
  readonly blob: Blob;
  readonly filename: string;
}

const FILENAME = /filename="([^"]+)"/;

export class ConsoleApi {
  /** `onSignedOut` runs on every 401, before the request's promise rejects. */
  constructor(
    private readonly token: string,
    private readonly onSignedOut: () => void,
  ) {}

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${this.token}`);
    let response: Response;
    try {
      response = await fetch(`/api/v1/console${path}`, { ...init, headers, cache: 'no-store' });
    } catch {
      throw unreachable();
    }
    if (response.ok) return response;
    const failure = await failureOf(response);
    if (response.status === 401) this.onSignedOut();
    throw failure;
  }

  async get<T>(path: string): Promise<T> {
    return parseSafely<T>(await (await this.request(path)).text());
  }

  async patch<T>(path: string, body: unknown): Promise<T> {
    const init = { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return parseSafely<T>(await (await this.request(path, init)).text());
  }

  /** A POST without a body (an action such as resending), answered with JSON. */
  async post<T>(path: string): Promise<T> {
    return parseSafely<T>(await (await this.request(path, { method: 'POST' })).text());
  }

  /** A CSV export: fetched with the token (a plain link could not send it), kept as a Blob. */
  async download(path: string, fallbackName: string): Promise<DownloadedFile> {
    const response = await this.request(path);
    const filename = FILENAME.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
    return { blob: await response.blob(), filename };
  }
}
