/** @module The partners that embed the widget on their sites, looked up in the reference data. */
import type { Partner } from './partner-row';
import type { ReferenceData } from './reference-data';

export type { Partner };

/** A partner by id, or null when there is none. */
export const getPartner = (data: ReferenceData, id: string): Partner | null => data.partners.get(id) ?? null;

/**
 * Whether any partner lists `origin` among its allowed origins. A CORS preflight carries no body,
 * so it cannot name its partner: this is all a preflight can be checked against.
 */
export const isRegisteredOrigin = (data: ReferenceData, origin: string): boolean => data.registeredOrigins.has(origin);
