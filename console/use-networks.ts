/** @module The public network list, for an admin's network filters (inbox and statistics). */
import { useEffect, useState } from 'preact/hooks';
import type { NetworksResponse } from '../core/contracts';
import type { Identity } from '../core/console-identity';
import type { PublicNetwork } from '../core/routing';

/** The networks an admin may choose ([] until loaded or when loading failed); null for a network (its own only). */
export function useNetworks(identity: Identity): readonly PublicNetwork[] | null {
  const [networks, setNetworks] = useState<readonly PublicNetwork[] | null>(identity.kind === 'admin' ? [] : null);
  useEffect(() => {
    if (identity.kind !== 'admin') return;
    fetch('/api/v1/networks')
      .then((r) => (r.ok ? (r.json() as Promise<NetworksResponse>) : { networks: [] }))
      .then((body) => setNetworks(body.networks), () => setNetworks([]));
  }, [identity.kind]);
  return networks;
}
