/** @module Networks whose deliveries are failing now, so that each outage is told once, not per referral. */

/**
 * Records that a network's deliveries are failing, unless that is known already. True only for
 * the one caller that recorded it, who tells the network: concurrent failures cannot both get true.
 */
export async function openOutage(db: D1Database, networkId: string, at: Date = new Date()): Promise<boolean> {
  const { meta } = await db
    .prepare('INSERT INTO network_delivery_outages (network_id, noticed_at) VALUES (?1, ?2) ON CONFLICT (network_id) DO NOTHING')
    .bind(networkId, at.toISOString())
    .run();
  return meta.changes > 0;
}

/** A delivery to the network worked again (or the notice could not go out): the next failure is told. */
export async function closeOutage(db: D1Database, networkId: string): Promise<void> {
  await db.prepare('DELETE FROM network_delivery_outages WHERE network_id = ?1').bind(networkId).run();
}

/** Who hears of a network's outage besides the operators: its `alert_email`, if it set one. */
export async function outageContact(db: D1Database, networkId: string): Promise<{ name: string; alertEmail: string | null } | null> {
  return db
    .prepare('SELECT name, alert_email AS alertEmail FROM networks WHERE id = ?1')
    .bind(networkId)
    .first<{ name: string; alertEmail: string | null }>();
}
