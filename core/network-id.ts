/** @module The network-id rule: what the API, the console's routes and the statistics' areas accept. */

/**
 * A network id: lower-case letters, digits and hyphens, at most 100 (the networks table allows
 * the same); whether it is an active network is D1's to say.
 */
export const NETWORK_ID_PATTERN = /^[a-z0-9-]{1,100}$/;
