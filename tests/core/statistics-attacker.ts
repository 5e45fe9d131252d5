/**
 * An attacker who collects every figure published for one area's year (all 17 periods, every
 * table) and solves the linked system for each hidden count: the tightest bounds a linear
 * program finds, given only that counts are not negative. A hidden count whose bounds meet at a
 * value of 1-4 is disclosed.
 */
import { solve, type Coefficients, type Constraint } from 'yalps';
import {
  SUPPRESSED, monthsOfYear, quartersOfYear, type PublishedTable, type ReportedCount, type YearPublication,
} from '../../core/statistics';

type Figures = Map<string, ReportedCount>;
/** One linear relation between figures: sum of coefficient x figure, equal to 0 or (with `atMost`) at most 0. */
interface Relation { readonly terms: readonly (readonly [key: string, coefficient: number])[]; readonly atMost?: boolean }

const TABLES = ['bands', 'sectors', 'sizes', 'partners', 'versions', 'referralPartners', 'checkKinds', 'previousBands'] as const;
const totalOf = (table: (typeof TABLES)[number]) => (table === 'referralPartners' ? 'referrals' : table === 'previousBands' ? 'rechecks' : 'results');

/** Every count the publication shows or hides, keyed `period|figure|category`. */
function collect(publication: YearPublication): { figures: Figures; relations: Relation[] } {
  const figures: Figures = new Map();
  const relations: Relation[] = [];
  const sum = (total: string, parts: readonly string[]) => relations.push({ terms: [[total, -1], ...parts.map((p) => [p, 1] as const)] });
  for (const [period, p] of publication) {
    figures.set(`${period}|results|`, p.results);
    figures.set(`${period}|referrals|`, p.referrals);
    figures.set(`${period}|rechecks|`, p.rechecks);
    // Every re-check is of one of the two re-check kinds.
    sum(`${period}|rechecks|`, [`${period}|checkKinds|recheck`, `${period}|checkKinds|recheck-after-scan`]);
    for (const name of TABLES) {
      const table: PublishedTable = p[name];
      for (const row of table.rows) figures.set(`${period}|${name}|${row.id}`, row.count);
      sum(`${period}|${totalOf(name)}|`, table.rows.map((r) => `${period}|${name}|${r.id}`));
      if (table.pooled !== null) {
        const pooledKey = `${period}|${name}-pooled|`;
        figures.set(pooledKey, table.pooled.count);
        sum(pooledKey, table.pooled.ids.map((id) => `${period}|${name}|${id}`));
      }
    }
    for (const q of p.questions) {
      figures.set(`${period}|no|${q.questionId}`, q.no);
      figures.set(`${period}|unknown|${q.questionId}`, q.unknown);
      relations.push({ terms: [[`${period}|no|${q.questionId}`, 1], [`${period}|unknown|${q.questionId}`, 1], [`${period}|results|`, -1]], atMost: true });
    }
  }
  const year = [...publication.keys()][0]!;
  const quarters = quartersOfYear(year);
  const months = monthsOfYear(year);
  const series = new Set([...figures.keys()].map((k) => k.slice(k.indexOf('|') + 1)).filter((s) => !s.includes('-pooled')));
  for (const s of series) {
    sum(`${year}|${s}`, quarters.map((q) => `${q}|${s}`));
    quarters.forEach((q, i) => sum(`${q}|${s}`, months.slice(3 * i, 3 * i + 3).map((m) => `${m}|${s}`)));
  }
  return { figures, relations };
}

/** The hidden counts an attacker pins to one value of 1-4, with that value. */
export function disclosedCounts(publication: YearPublication): { key: string; value: number }[] {
  const { figures, relations } = collect(publication);
  const hidden = [...figures].filter(([, v]) => v === SUPPRESSED).map(([k]) => k);
  const known = (key: string) => {
    const v = figures.get(key);
    return v === undefined || v === SUPPRESSED ? null : v;
  };
  const constraints = new Map<string, Constraint>();
  const coefficients = new Map<string, Map<string, number>>(hidden.map((k) => [k, new Map()]));
  relations.forEach(({ terms, atMost }, i) => {
    const unknown = terms.filter(([k]) => known(k) === null);
    if (unknown.length === 0) return;
    const rhs = -terms.reduce((s, [k, c]) => s + c * (known(k) ?? 0), 0);
    constraints.set(`r${i}`, atMost ? { max: rhs } : { equal: rhs });
    for (const [k, c] of unknown) coefficients.get(k)!.set(`r${i}`, c);
  });
  // Hidden counts that share no relation are solved apart: many small programs, not one large one.
  const component = components(coefficients);
  const bound = (target: string, direction: 'minimize' | 'maximize') => {
    const own = component.get(target)!;
    const variables = new Map<string, Coefficients>(
      own.map((k) => [k, new Map(k === target ? [...coefficients.get(k)!, ['objective', 1]] : coefficients.get(k)!)]),
    );
    const names = new Set(own.flatMap((k) => [...coefficients.get(k)!.keys()]));
    const solution = solve({ direction, objective: 'objective', constraints: [...constraints].filter(([n]) => names.has(n)), variables });
    if (solution.status !== 'optimal') return direction === 'minimize' ? 0 : Infinity;
    return solution.result;
  };
  return hidden.flatMap((key) => {
    const low = Math.ceil(bound(key, 'minimize') - 1e-6);
    const high = Math.floor(bound(key, 'maximize') + 1e-6);
    return low === high && low >= 1 && low <= 4 ? [{ key, value: low }] : [];
  });
}

/** Each hidden count's group: the hidden counts linked to it through shared relations. */
function components(coefficients: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, string[]> {
  const parent = new Map([...coefficients.keys()].map((k) => [k, k]));
  const root = (k: string): string => (parent.get(k) === k ? k : root(parent.get(k)!));
  const firstIn = new Map<string, string>();
  for (const [k, cs] of coefficients) {
    for (const relation of cs.keys()) {
      const other = firstIn.get(relation);
      if (other === undefined) firstIn.set(relation, k);
      else parent.set(root(k), root(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const k of coefficients.keys()) groups.set(root(k), [...(groups.get(root(k)) ?? []), k]);
  return new Map([...coefficients.keys()].map((k) => [k, groups.get(root(k))!]));
}
