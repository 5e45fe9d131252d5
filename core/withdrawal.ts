/**
 * @module Where an entrepreneur withdraws a request for a scan: the one path of the worker's
 * withdrawal page, its form and its stylesheet, and the link to it that e-mails and payloads carry.
 */

/** The path of the withdrawal page (worker/routes/withdrawals-page.ts). */
export const WITHDRAWAL_PATH = '/withdraw';

/** The withdrawal page on `origin` with `reference` filled in; null without an origin. */
export function withdrawalUrl(origin: string | undefined, reference: string): string | null {
  if (!origin) return null;
  const url = new URL(WITHDRAWAL_PATH, origin);
  url.searchParams.set('reference', reference);
  return url.href;
}
