/** @module Which province a postcode lies in: the region that anonymous data may name. */
import type { ProvinceId } from '../../core/regions';

/** The province of a PC4, or null outside 1000-9999 (the table covers every PC4 in between). */
export async function provinceFor(db: D1Database, pc4: number): Promise<ProvinceId | null> {
  const row = await db
    .prepare('SELECT province FROM province_ranges WHERE pc4_from <= ?1 AND pc4_to >= ?1 ORDER BY pc4_from DESC LIMIT 1')
    .bind(pc4)
    .first<{ province: ProvinceId }>();
  return row?.province ?? null;
}
