/**
 * @module The reference data: partners, active networks, their postcode areas and the province
 * ranges, read from D1 in one batch. It changes a few times a year (the admin tool), so the hot
 * routes read it from a copy in the isolate (worker/data/reference-cache.ts), not from D1.
 */
import type { SectorId } from '../../core/profile';
import type { NetworkArea } from '../../core/routing';
import type { ProvinceId } from '../../core/regions';
import { NETWORK_COLUMNS, type NetworkRow } from './network-row';
import { toPartner, type Partner, type PartnerRow } from './partner-row';

/** One province range, inclusive. */
export interface ProvinceRange {
  readonly pc4From: number;
  readonly pc4To: number;
  readonly province: ProvinceId;
}

/** A consistent copy of the reference tables, as one batch read them. */
export interface ReferenceData {
  readonly partners: ReadonlyMap<string, Partner>;
  /** Every origin any partner registered. */
  readonly registeredOrigins: ReadonlySet<string>;
  /** The active networks, by name, the national fallback last. */
  readonly networks: readonly NetworkRow[];
  readonly networkById: ReadonlyMap<string, NetworkRow>;
  /** The areas of active networks. */
  readonly areas: readonly NetworkArea[];
  /** By `pc4From`, descending: the first range that starts at or below a PC4 is its candidate. */
  readonly provinces: readonly ProvinceRange[];
}

interface AreaRow {
  network_id: string;
  pc4_from: number;
  pc4_to: number;
  sector: SectorId | null;
}

interface ProvinceRow {
  pc4_from: number;
  pc4_to: number;
  province: ProvinceId;
}

/** Reads all reference tables in one batch: one round trip, one transaction, so the parts agree. */
export async function loadReferenceData(db: D1Database): Promise<ReferenceData> {
  const [partnerRows, networkRows, areaRows, provinceRows] = await db.batch<unknown>([
    db.prepare('SELECT id, name, allowed_origins, default_network_id, turnstile FROM partners'),
    db.prepare(`SELECT ${NETWORK_COLUMNS} FROM networks WHERE active = 1 ORDER BY is_fallback, name`),
    db.prepare(
      `SELECT a.network_id, a.pc4_from, a.pc4_to, n.sector
       FROM network_areas a JOIN networks n ON n.id = a.network_id WHERE n.active = 1`,
    ),
    db.prepare('SELECT pc4_from, pc4_to, province FROM province_ranges ORDER BY pc4_from DESC'),
  ]);
  const partners = (partnerRows?.results as PartnerRow[]).map(toPartner);
  const networks = networkRows?.results as NetworkRow[];
  return {
    partners: new Map(partners.map((partner) => [partner.id, partner])),
    registeredOrigins: new Set(partners.flatMap((partner) => partner.allowedOrigins)),
    networks,
    networkById: new Map(networks.map((network) => [network.id, network])),
    areas: (areaRows?.results as AreaRow[]).map((row) => ({
      networkId: row.network_id, pc4From: row.pc4_from, pc4To: row.pc4_to, sector: row.sector,
    })),
    provinces: (provinceRows?.results as ProvinceRow[]).map((row) => ({ pc4From: row.pc4_from, pc4To: row.pc4_to, province: row.province })),
  };
}
