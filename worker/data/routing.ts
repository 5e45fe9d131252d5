/** @module Routing a company to its network: candidate areas from the reference data, the choice by the core rules. */
import type { SectorId } from '../../core/profile';
import { chooseNetwork, type NetworkRoute } from '../../core/routing';
import { toPublicNetwork } from './network-row';
import { provinceFor } from './provinces';
import type { ReferenceData } from './reference-data';

/**
 * Finds the network for a company at `pc4` (see `chooseNetwork` for the rules), or the national
 * fallback when no active regional network covers it; never fails for a valid PC4.
 */
export function routeToNetwork(data: ReferenceData, pc4: number, sector?: SectorId | null): NetworkRoute {
  const chosen = chooseNetwork(pc4, sector ?? null, data.areas);
  const row = chosen === null ? data.networks.find((network) => network.is_fallback === 1) : data.networkById.get(chosen);
  // The fallback is part of the seed; without it the deployment is broken, not the request.
  if (row === undefined) throw new Error(`No active network found for ${chosen ?? 'the national fallback'}`);
  return { network: toPublicNetwork(row), province: provinceFor(data, pc4), fallback: row.is_fallback === 1 };
}
