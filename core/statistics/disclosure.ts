/**
 * @module Primary and secondary cell suppression over linked tables, the way statistics offices
 * protect small-area frequency tables. Each published sum and its parts form one constraint
 * (a quarter and its months, a year and its quarters, a table's total and its categories). A
 * reader who knows every shown figure learns about the hidden cells of one constraint only their
 * sum, so each constraint must hide two cells or none, and what its hidden parts add up to must
 * itself be a group of at least {@link MIN_GROUP_SIZE}. The rule is applied to every constraint
 * until none needs more; tests/core/statistics-attacker.test.ts then solves the whole linked system
 * as an attacker would and finds no hidden count pinned to 1-4.
 */
import { MIN_GROUP_SIZE, isSmallCount } from './suppression';

/** A published sum `total` of published `parts` (cell keys). */
export interface LinearConstraint {
  readonly total: string;
  readonly parts: readonly string[];
  /**
   * Hide the total rather than another part when a part needs company: for the totals of checks
   * and referrals, a month of one to four then hides its quarter and year totals instead of a
   * whole other month (coordinators read months and quarters first).
   */
  readonly hideTotalFirst?: boolean;
}

export interface SuppressionOptions {
  /**
   * Off leaves only the primary suppression of 1-4: the attacker test switches it off to show
   * that it then finds hidden counts, which is how it proves it can fail.
   */
  readonly secondary: boolean;
}

const valueOf = (values: ReadonlyMap<string, number>, key: string) => values.get(key) ?? 0;

/**
 * The cell that hides least while protecting a constraint: the smallest positive shown part,
 * first in order on a tie, so the same data always gives the same pattern. Where every other part
 * is a shown 0, a 0 is hidden: else the one hidden part is the total minus zeros, known to anyone,
 * and a known cell no longer protects the period or table it is also part of.
 */
function cheapestPart(values: ReadonlyMap<string, number>, parts: readonly string[], hidden: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (const part of parts) {
    if (hidden.has(part) || valueOf(values, part) === 0) continue;
    if (best === null || valueOf(values, part) < valueOf(values, best)) best = part;
  }
  return best ?? parts.find((part) => !hidden.has(part)) ?? null;
}

/** The cell one constraint still needs hidden, or null when it is protected. */
function needsHiding(values: ReadonlyMap<string, number>, { total, parts, hideTotalFirst }: LinearConstraint, hidden: ReadonlySet<string>): string | null {
  const hiddenParts = parts.filter((p) => hidden.has(p));
  if (hidden.has(total)) {
    // A hidden total with every part shown is their sum.
    return hiddenParts.length === 0 ? cheapestPart(values, parts, hidden) : null;
  }
  if (hiddenParts.length === 0) return null;
  const hiddenSum = hiddenParts.reduce((sum, p) => sum + valueOf(values, p), 0);
  if (hiddenParts.length >= 2 && hiddenSum >= MIN_GROUP_SIZE) return null;
  if (hideTotalFirst === true) return total;
  // Always found: were every positive part hidden, their sum would be the shown total, 0 or >= 5.
  return cheapestPart(values, parts, hidden);
}

/**
 * The keys of the cells to hide: every count of 1-4 (primary), then, with `secondary`, more cells
 * until every constraint is protected. `values` holds every cell (absent means 0).
 */
/*#__NO_SIDE_EFFECTS__*/
export function suppressedCells(
  values: ReadonlyMap<string, number>,
  constraints: readonly LinearConstraint[],
  options: SuppressionOptions,
): Set<string> {
  const hidden = new Set([...values].filter(([, v]) => isSmallCount(v)).map(([key]) => key));
  if (!options.secondary) return hidden;
  // A worklist, not passes over every constraint: hiding a cell re-checks only the constraints
  // it is in, which keeps a year's publication to a few milliseconds of CPU.
  const containing = new Map<string, LinearConstraint[]>();
  for (const constraint of constraints) {
    for (const key of [constraint.total, ...constraint.parts]) containing.set(key, [...(containing.get(key) ?? []), constraint]);
  }
  const queue = [...constraints].reverse();
  for (let constraint = queue.pop(); constraint !== undefined; constraint = queue.pop()) {
    const cell = needsHiding(values, constraint, hidden);
    if (cell === null) continue;
    hidden.add(cell);
    queue.push(constraint, ...(containing.get(cell) ?? []));
  }
  return hidden;
}
