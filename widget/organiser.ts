/** @module Who offers the check, by the name the partner registered with, for a page that does not say. */
import type { PartnerResponse } from '../core/contracts';
import { PARTNER_ID_PATTERN } from '../core/partner-id';

/**
 * The partner's registered name, or null (unknown partner, offline, any failure): the intro then
 * keeps its general line. Never awaited before the first screen: the name appears when it arrives.
 */
export const fetchOrganiser = (api: string, partner: string): Promise<string | null> =>
  // An id no partner can have would only earn a 400 in the page's console.
  !PARTNER_ID_PATTERN.test(partner) ? Promise.resolve(null) : fetch(`${api}/api/v1/partners/${encodeURIComponent(partner)}`)
    .then((r) => (r.ok ? (r.json() as Promise<PartnerResponse>) : null))
    .then((body) => body?.partner?.name ?? null, () => null);
