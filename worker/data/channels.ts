/** @module Where a network's referrals are delivered. Internal: never part of a public answer. */

export type ChannelKind = 'webhook' | 'email';

export interface NetworkChannel {
  readonly kind: ChannelKind;
  /**
   * An https URL or an e-mail address. A webhook target starting with `/` is a path on this same
   * worker: the development inbox that seed/dev.sql points every network to.
   */
  readonly target: string;
  /** Name of the Worker secret holding the webhook's HMAC key; the key is never in D1. */
  readonly secretRef: string | null;
}

/** The active channels of a network, in the order they were configured. */
export async function activeChannels(db: D1Database, networkId: string): Promise<NetworkChannel[]> {
  const { results } = await db
    .prepare('SELECT kind, target, secret_ref FROM network_channels WHERE network_id = ?1 AND active = 1 ORDER BY id')
    .bind(networkId)
    .all<{ kind: ChannelKind; target: string; secret_ref: string | null }>();
  return results.map((row) => ({ kind: row.kind, target: row.target, secretRef: row.secret_ref }));
}
