/** @module The partner-id rule, the one the API, the admin tool and the partner tools all check. */

/**
 * A partner id: lower-case letters, digits and hyphens, at most 64. The partners table's CHECK
 * (migrations/0001) allows the same characters; whether an id exists is D1's to say.
 */
export const PARTNER_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
