/** @module The regional networks' public facts, as operators keep them in D1, looked up in the reference data. */
import type { SectorId } from '../../core/profile';
import type { PublicNetwork, StudentScanOffer } from '../../core/routing';
import type { ReferenceData } from './reference-data';

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
export const listNetworks = (data: ReferenceData): PublicNetwork[] => data.networks.map(toPublicNetwork);

/** An active network by id; null when unknown or switched off (it takes no new referrals). */
export function getNetwork(data: ReferenceData, id: string): PublicNetwork | null {
  const row = data.networkById.get(id);
  return row === undefined ? null : toPublicNetwork(row);
}
