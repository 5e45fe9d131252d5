/**
 * @module The speed goals the browser bench holds its medians to (issue 14): every screen change
 * painted and ready within 100 ms at 4x throttling and at most 1.5x the floor's, and at most 50 ms
 * of Total Blocking Time added to the host page from load to the whole result.
 */

export const SCREEN_MS = 100;
export const SCREEN_RATIO = 1.5;
export const ADDED_TBT_MS = 50;

/** A screen change of `ms` against the floor's `floor`: both goals met, or which one failed. */
export function screenVerdict(ms: number, floor: number): string {
  const misses = [ms > SCREEN_MS && `> ${SCREEN_MS} ms`, ms / floor > SCREEN_RATIO && `> ${SCREEN_RATIO}x`].filter(Boolean);
  return misses.length === 0 ? 'pass' : `FAIL (${misses.join(', ')})`;
}

/** Blocking time the widget adds: its own run's minus the floor's, which any page with a script has. */
export const tbtVerdict = (added: number): string => (added <= ADDED_TBT_MS ? 'pass' : `FAIL (> ${ADDED_TBT_MS} ms)`);
