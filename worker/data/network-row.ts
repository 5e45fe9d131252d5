/** @module A row of `networks` as D1 returns it, and the part of it a visitor may see. */
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
