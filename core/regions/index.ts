/** @module The twelve Dutch provinces, the coarsest region anonymous statistics are kept by. */

/** Province slugs, as migrations/ stores them in `province_ranges`. */
export const PROVINCE_IDS = [
  'groningen',
  'friesland',
  'drenthe',
  'overijssel',
  'flevoland',
  'gelderland',
  'utrecht',
  'noord-holland',
  'zuid-holland',
  'zeeland',
  'noord-brabant',
  'limburg',
] as const;
export type ProvinceId = (typeof PROVINCE_IDS)[number];
