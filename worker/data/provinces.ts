/** @module Which province a postcode lies in: the region that anonymous data may name. */
import type { ProvinceId } from '../../core/regions';
import type { ReferenceData } from './reference-data';

/** The province of a PC4, or null outside 1000-9999 (the table covers every PC4 in between). */
export const provinceFor = (data: ReferenceData, pc4: number): ProvinceId | null =>
  // Highest start first, so that where ranges overlap the narrower exception wins.
  data.provinces.find((range) => range.pc4From <= pc4 && range.pc4To >= pc4)?.province ?? null;
