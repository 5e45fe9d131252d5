/** @module The partners that embed the widget on their sites. */

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

interface PartnerRow {
  id: string;
  name: string;
  allowed_origins: string;
  default_network_id: string | null;
  turnstile: number;
}

/** A partner by id, or null when there is none. */
export async function getPartner(db: D1Database, id: string): Promise<Partner | null> {
  const row = await db
    .prepare('SELECT id, name, allowed_origins, default_network_id, turnstile FROM partners WHERE id = ?1')
    .bind(id)
    .first<PartnerRow>();
  if (row === null) return null;
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

/**
 * Whether any partner lists `origin` among its allowed origins. A CORS preflight carries no body,
 * so it cannot name its partner: this is all a preflight can be checked against.
 */
export async function isRegisteredOrigin(db: D1Database, origin: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS found FROM partners, json_each(partners.allowed_origins) AS o WHERE o.value = ?1 LIMIT 1')
    .bind(origin)
    .first<{ found: number }>();
  return row !== null;
}
