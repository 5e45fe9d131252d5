/** @module The regional networks' public facts, as operators keep them in D1, looked up in the reference data. */
import type { PublicNetwork } from '../../core/routing';
import { toPublicNetwork } from './network-row';
import type { ReferenceData } from './reference-data';

/** Every active network, by name, with the national fallback last. */
export const listNetworks = (data: ReferenceData): PublicNetwork[] => data.networks.map(toPublicNetwork);

/** An active network by id; null when unknown or switched off (it takes no new referrals). */
export function getNetwork(data: ReferenceData, id: string): PublicNetwork | null {
  const row = data.networkById.get(id);
  return row === undefined ? null : toPublicNetwork(row);
}
