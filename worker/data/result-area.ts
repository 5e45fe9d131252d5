/** @module Where an anonymous result counts: a network (or none) and a province (or none). */
import type { SectorId } from '../../core/profile';
import type { ProvinceId } from '../../core/regions';
import { getNetwork } from './networks';
import { provinceFor } from './provinces';
import type { ReferenceData } from './reference-data';
import { routeToNetwork } from './routing';

/** What the widget told about where the company is; the postcode is used here and then dropped. */
export interface ResultPlace {
  /** The page's `network` attribute. */
  readonly network: string | null;
  readonly pc4: number | null;
  readonly sector: SectorId | null;
  readonly partnerDefaultNetwork: string | null;
}

/**
 * A result counts for, in order: the page's network (when it is an active network); the regional
 * network of the visitor's postcode (not the national fallback, which is no region); the
 * partner's default network; else no network, national figures only. The province is the
 * postcode's, or none without one.
 */
export function resultArea(data: ReferenceData, place: ResultPlace): { networkId: string | null; province: ProvinceId | null } {
  const province = place.pc4 === null ? null : provinceFor(data, place.pc4);
  if (place.network !== null && getNetwork(data, place.network) !== null) return { networkId: place.network, province };
  if (place.pc4 !== null) {
    const route = routeToNetwork(data, place.pc4, place.sector);
    if (!route.fallback) return { networkId: route.network.id, province };
  }
  return { networkId: place.partnerDefaultNetwork, province };
}
