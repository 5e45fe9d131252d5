/**
 * @module The referral step's requests: which network helps (by postcode, or by the id a
 * network's own site gives), and sending the referral itself.
 */
import type { ErrorBody, NetworkResponse, ProtectionResponse, ReferralRequest, ReferralResponse, RouteResponse } from '../../core/contracts';
import type { SectorId } from '../../core/profile/index';

/** The network that will help, and whether it is the national fallback. */
export type FoundNetwork = Pick<RouteResponse, 'network' | 'fallback'>;

/** A lookup that did not answer 2xx; `status` is 0 when no answer came at all. */
export class LookupFailed extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) throw new LookupFailed(response?.status ?? 0);
  return (await response.json()) as T;
}

/** Only the four digits leave the browser: the letters narrow a postcode down to a street. */
export const networkForPostcode = (api: string, pc4: number, sector?: SectorId): Promise<FoundNetwork> =>
  getJson<RouteResponse>(`${api}/api/v1/route?postcode=${pc4}${sector ? `&sector=${sector}` : ''}`);

export async function networkById(api: string, id: string): Promise<FoundNetwork> {
  const { network } = await getJson<NetworkResponse>(`${api}/api/v1/networks/${encodeURIComponent(id)}`);
  return { network, fallback: false };
}

/**
 * The bot check this page's form needs. If the worker cannot be asked, none: the send itself
 * then says whether one was needed.
 */
export const protectionFor = (api: string, partner: string): Promise<ProtectionResponse> =>
  getJson<ProtectionResponse>(`${api}/api/v1/protection?partner=${encodeURIComponent(partner)}`).catch(() => ({ botCheck: 'none' }));

/**
 * How sending ended: stored, refused with field issues, refused for good (403 and other 4xx:
 * this page may not send it, and retrying cannot change that), or failed (offline, 429, 5xx, ...).
 */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly referral: ReferralResponse }
  | { readonly kind: 'invalid'; readonly paths: readonly string[] }
  | { readonly kind: 'refused' }
  | { readonly kind: 'failed'; readonly retryAfter?: number };

/**
 * POSTs the referral. `idempotencyKey` is the form's, the same on every try, so a retry after a
 * lost answer gets the stored referral back instead of making a second one.
 */
export async function sendReferral(api: string, idempotencyKey: string, request: ReferralRequest): Promise<SendOutcome> {
  const response = await fetch(`${api}/api/v1/referrals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(request),
  }).catch(() => null);
  if (response?.status === 201) return { kind: 'sent', referral: (await response.json()) as ReferralResponse };
  if (response?.status === 400) {
    const body = (await response.json().catch(() => null)) as ErrorBody | null;
    return { kind: 'invalid', paths: body?.error.issues?.map((issue) => issue.path) ?? [] };
  }
  if (response && response.status >= 401 && response.status < 500 && response.status !== 429) return { kind: 'refused' };
  const retryAfter = Number(response?.headers.get('Retry-After'));
  return { kind: 'failed', retryAfter: response?.status === 429 && retryAfter > 0 ? retryAfter : undefined };
}
