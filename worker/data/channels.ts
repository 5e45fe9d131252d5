/** @module Where a network's referrals are delivered. Internal: never part of a public answer. */

export type ChannelKind = 'webhook' | 'email';

/** How a webhook is signed: Standard Webhooks, or the `X-CyberScan-*` headers of before (worker/delivery/README.md). */
export type SignatureFormat = 'standard' | 'legacy';

export interface NetworkChannel {
  readonly kind: ChannelKind;
  /**
   * An https URL or an e-mail address. A webhook target starting with `/` is a path on this same
   * worker: the development inbox that seed/dev.sql points every network to.
   */
  readonly target: string;
  /** Name of the Worker secret holding the webhook's HMAC key; the key is never in D1. */
  readonly secretRef: string | null;
  readonly signatureFormat: SignatureFormat;
  /** The secret being rotated out: it signs beside `secretRef` until `until` (ISO 8601 UTC). */
  readonly previousSecret: { readonly ref: string; readonly until: string } | null;
}

interface ChannelRow {
  kind: ChannelKind;
  target: string;
  secret_ref: string | null;
  signature_format: SignatureFormat;
  previous_secret_ref: string | null;
  previous_secret_until: string | null;
}

/** The active channels of a network, in the order they were configured. */
export async function activeChannels(db: D1Database, networkId: string): Promise<NetworkChannel[]> {
  const { results } = await db
    .prepare(
      `SELECT kind, target, secret_ref, signature_format, previous_secret_ref, previous_secret_until
       FROM network_channels WHERE network_id = ?1 AND active = 1 ORDER BY id`,
    )
    .bind(networkId)
    .all<ChannelRow>();
  return results.map((row) => ({
    kind: row.kind,
    target: row.target,
    secretRef: row.secret_ref,
    signatureFormat: row.signature_format,
    previousSecret:
      row.previous_secret_ref === null || row.previous_secret_until === null
        ? null
        : { ref: row.previous_secret_ref, until: row.previous_secret_until },
  }));
}
