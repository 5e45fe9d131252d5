/** @module A regional network as visitors and partners may see it, and the outcome of routing. */
import type { SectorId } from '../profile';
import type { ProvinceId } from '../regions';

/** Whether the network is known to offer a scan by students; many have not said yet. */
export type StudentScanOffer = 'yes' | 'no' | 'unknown';

/** The public facts about a network. Never its delivery channels: those are deployment secrets. */
export interface PublicNetwork {
  /** Stable slug, e.g. `cyberwerf`. */
  readonly id: string;
  readonly name: string;
  /** The area in words, e.g. "Zeewolde, Dronten en Lelystad". */
  readonly areaDescription: string;
  /** Only a website the network publishes itself. */
  readonly website: string | null;
  readonly offersStudentScan: StudentScanOffer;
  /** One sentence on what the network does for the company (Dutch). */
  readonly offerDescription: string;
  /** The network's own contribution ("eigen bijdrage") in its own words, when known. */
  readonly ownContribution: string | null;
  /** Set for a sector network, which serves only companies of that sector. */
  readonly sector: SectorId | null;
}

/** Where a company's referral goes. */
export interface NetworkRoute {
  readonly network: PublicNetwork;
  /** For anonymous statistics: the province, never the postcode. Null only outside 1000-9999. */
  readonly province: ProvinceId | null;
  /** True when no regional network covers the company and the national contact takes it. */
  readonly fallback: boolean;
}
