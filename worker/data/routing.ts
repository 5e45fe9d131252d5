/** @module Routing a company to its network: candidate areas from D1, the choice by the core rules. */
import type { SectorId } from '../../core/profile';
import { chooseNetwork, type NetworkArea, type NetworkRoute } from '../../core/routing';
import { NETWORK_COLUMNS, toPublicNetwork, type NetworkRow } from './networks';
import { provinceFor } from './provinces';

interface AreaRow {
  network_id: string;
  pc4_from: number;
  pc4_to: number;
  sector: SectorId | null;
}

async function coveringAreas(db: D1Database, pc4: number): Promise<NetworkArea[]> {
  const { results } = await db
    .prepare(
      `SELECT a.network_id, a.pc4_from, a.pc4_to, n.sector
       FROM network_areas a JOIN networks n ON n.id = a.network_id
       WHERE n.active = 1 AND a.pc4_from <= ?1 AND a.pc4_to >= ?1`,
    )
    .bind(pc4)
    .all<AreaRow>();
  return results.map((row) => ({ networkId: row.network_id, pc4From: row.pc4_from, pc4To: row.pc4_to, sector: row.sector }));
}

/**
 * Finds the network for a company at `pc4` (see `chooseNetwork` for the rules), or the national
 * fallback when no active regional network covers it; never fails for a valid PC4.
 */
export async function routeToNetwork(db: D1Database, pc4: number, sector?: SectorId | null): Promise<NetworkRoute> {
  const [areas, province] = await Promise.all([coveringAreas(db, pc4), provinceFor(db, pc4)]);
  const chosen = chooseNetwork(pc4, sector ?? null, areas);
  const row = await db
    .prepare(
      `SELECT ${NETWORK_COLUMNS} FROM networks
       WHERE active = 1 AND (id = ?1 OR (?1 IS NULL AND is_fallback = 1))`,
    )
    .bind(chosen)
    .first<NetworkRow>();
  // The fallback is part of the seed; without it the deployment is broken, not the request.
  if (row === null) throw new Error(`No active network found for ${chosen ?? 'the national fallback'}`);
  return { network: toPublicNetwork(row), province, fallback: row.is_fallback === 1 };
}
