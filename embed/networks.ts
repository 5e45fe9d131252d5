/** @module Fills the network choice from the public list (`GET /api/v1/networks`). */
import type { NetworksResponse } from '../core/contracts';

/**
 * Adds one option per active network after the "no network" option. On failure the choice stays
 * usable without networks and `status` says why, since a partner site works without one.
 */
export async function loadNetworkOptions(select: HTMLSelectElement, status: HTMLElement): Promise<void> {
  try {
    const response = await fetch('/api/v1/networks');
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { networks } = (await response.json()) as NetworksResponse;
    select.append(...networks.map((network) => new Option(`${network.name} (${network.areaDescription})`, network.id)));
  } catch {
    status.textContent = 'De lijst met netwerken kon niet worden geladen. Herlaad de pagina om het opnieuw te proberen.';
  }
}
