/** @module The regional networks' public facts, as operators keep them in D1. */
import type { SectorId } from '../../core/profile';
import type { PublicNetwork, StudentScanOffer } from '../../core/routing';

/** The columns of `networks` a visitor may see, plus whether it is the national fallback. */
export interface NetworkRow {
  id: string;
  name: string;
  area_description: string;
  website: string | null;
  offers_student_scan: StudentScanOffer;
  offer_description: string;
  own_contribution: string | null;
  sector: SectorId | null;
  is_fallback: 0 | 1;
}

export const NETWORK_COLUMNS =
  'id, name, area_description, website, offers_student_scan, offer_description, own_contribution, sector, is_fallback';

export const toPublicNetwork = (row: NetworkRow): PublicNetwork => ({
  id: row.id,
  name: row.name,
  areaDescription: row.area_description,
  website: row.website,
  offersStudentScan: row.offers_student_scan,
  offerDescription: row.offer_description,
  ownContribution: row.own_contribution,
  sector: row.sector,
});

/** Every active network, by name, with the national fallback last. */
export async function listNetworks(db: D1Database): Promise<PublicNetwork[]> {
  const { results } = await db
    .prepare(`SELECT ${NETWORK_COLUMNS} FROM networks WHERE active = 1 ORDER BY is_fallback, name`)
    .all<NetworkRow>();
  return results.map(toPublicNetwork);
}

/** An active network by id; null when unknown or switched off (it takes no new referrals). */
export async function getNetwork(db: D1Database, id: string): Promise<PublicNetwork | null> {
  const row = await db
    .prepare(`SELECT ${NETWORK_COLUMNS} FROM networks WHERE id = ?1 AND active = 1`)
    .bind(id)
    .first<NetworkRow>();
  return row === null ? null : toPublicNetwork(row);
}
