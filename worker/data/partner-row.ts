/** @module A partner as the worker uses it, and as a row of `partners` in D1. */

export interface Partner {
  readonly id: string;
  readonly name: string;
  /** Origins (`https://www.example.nl`) allowed to embed the widget and call the API. */
  readonly allowedOrigins: readonly string[];
  /** The network this partner's visitors are pointed to first, if the partner chose one. */
  readonly defaultNetworkId: string | null;
  /** Whether the partner asked for the Turnstile bot check on its own sites too (migrations/0020). */
  readonly turnstile: boolean;
}

/** A row of `partners` as D1 returns it. */
export interface PartnerRow {
  id: string;
  name: string;
  allowed_origins: string;
  default_network_id: string | null;
  turnstile: number;
}

/** A partner as the worker uses it. */
export function toPartner(row: PartnerRow): Partner {
  // The schema guarantees a JSON array; anything in it that is not a string is ignored.
  const origins: unknown[] = JSON.parse(row.allowed_origins);
  return {
    id: row.id,
    name: row.name,
    allowedOrigins: origins.filter((origin): origin is string => typeof origin === 'string'),
    defaultNetworkId: row.default_network_id,
    turnstile: row.turnstile === 1,
  };
}
