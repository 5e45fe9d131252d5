/**
 * @module Before and after a re-check: the earlier result next to this one, overall (with its
 * colour) and per principle, as a table, so that it reads the same aloud, on screen and on paper.
 */
import type { Lang, Principle } from '../../core/bank/types';
import type { Assessment, Band } from '../../core/scoring';
import { compareWords } from './compare-words';

/** What widget.js hands the comparison (widget-compare.js). */
export interface RecheckComparisonProps {
  readonly lang: Lang;
  readonly principles: readonly Principle[];
  /** The earlier result, scored again from its answers, and this one. */
  readonly before: Assessment;
  readonly after: Assessment;
  /** The bands' names in the widget's language. */
  readonly bandNames: Readonly<Record<Band, string>>;
}

export function RecheckComparison({ lang, principles, before, after, bandNames }: RecheckComparisonProps) {
  const words = compareWords[lang];
  const change = (from: number | null, to: number | null): string => {
    if (from === null || to === null) return '';
    const n = to - from;
    return n === 0 ? words.same : (n > 0 ? words.up : words.down).replace('{n}', String(Math.abs(n)));
  };
  const score = (value: number | null): string => (value === null ? words.notApplicable : String(value));
  const rows = after.principles.map((now, i) => ({
    id: now.id,
    name: principles.find((p) => p.id === now.id)?.title,
    from: before.principles[i]?.score ?? null,
    to: now.score,
  }));
  return (
    <section part="recheck-comparison" class="hint recheck">
      <h3>{words.title}</h3>
      <p>{words.lead}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{words.principle}</th>
            <th scope="col">{words.before}</th>
            <th scope="col">{words.after}</th>
            <th scope="col">{words.change}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{words.overall}</th>
            <td>
              {before.overall} ({bandNames[before.band]})
            </td>
            <td>
              {after.overall} ({bandNames[after.band]})
            </td>
            <td>{change(before.overall, after.overall)}</td>
          </tr>
          {rows.map(({ id, name, from, to }) => (
            <tr key={id}>
              <th scope="row">{name}</th>
              <td>{score(from)}</td>
              <td>{score(to)}</td>
              <td>{change(from, to)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
