/** @module Which regional network serves a company, given the areas that cover its postcode. */
import type { SectorId } from '../profile';

/** One postcode range of a network's area, as an operator configured it. */
export interface NetworkArea {
  readonly networkId: string;
  /** First PC4 of the range, inclusive. */
  readonly pc4From: number;
  /** Last PC4 of the range, inclusive. */
  readonly pc4To: number;
  /** A sector network serves only this sector inside its area; null serves every company. */
  readonly sector: SectorId | null;
}

const contains = (area: NetworkArea, pc4: number): boolean => area.pc4From <= pc4 && pc4 <= area.pc4To;

const width = (area: NetworkArea): number => area.pc4To - area.pc4From;

/** Narrowest range first (the most local network knows the company's area best), then by id. */
const moreLocal = (a: NetworkArea, b: NetworkArea): number =>
  width(a) - width(b) || (a.networkId < b.networkId ? -1 : a.networkId > b.networkId ? 1 : 0);

/**
 * Chooses the network for a company at `pc4`, or null when no area covers it (the caller then
 * falls back to the national contact). A sector network wins for its own sector inside its area,
 * however wide, because it knows that trade; companies of other sectors never go there. Otherwise
 * the narrowest range wins, and equal widths are settled by network id so the answer is stable.
 * Areas that do not contain `pc4` are ignored, so callers may pass a superset.
 */
/*#__NO_SIDE_EFFECTS__*/
export function chooseNetwork(pc4: number, sector: SectorId | null, areas: readonly NetworkArea[]): string | null {
  const covering = areas.filter((area) => contains(area, pc4));
  const bySector = covering.filter((area) => area.sector !== null && area.sector === sector).sort(moreLocal);
  const general = covering.filter((area) => area.sector === null).sort(moreLocal);
  return (bySector[0] ?? general[0])?.networkId ?? null;
}
