/**
 * @module The five principle scores as an SVG bar chart. Bar lengths are SVG attributes, not
 * inline styles (which strict CSPs block). Assistive technology reads the chart as one image
 * described by a hidden list of the same figures.
 */
import type { Principle } from '../../core/bank/types';
import type { PrincipleScore } from '../../core/scoring';
import type { UiText } from '../i18n/types';

interface ScoreChartProps {
  readonly principles: readonly Principle[];
  readonly scores: readonly PrincipleScore[];
  readonly text: UiText['result'];
}

/** Geometry in SVG user units; the chart scales with the widget's width. */
const ROW = 46;
const BAR = 250;

export function ScoreChart({ principles, scores, text }: ScoreChartProps) {
  const rows = scores.map((s, i) => ({ ...s, y: i * ROW, title: principles.find((p) => p.id === s.id)?.title }));
  return (
    <>
      <h3 id="chart-title">{text.chartTitle}</h3>
      <svg
        part="chart"
        class="chart"
        role="img"
        aria-labelledby="chart-title"
        aria-describedby="chart-data"
        viewBox={`0 0 320 ${rows.length * ROW}`}
      >
        {rows.map(({ id, y, title, score }) => (
          <g key={id}>
            <text y={y + 15}>{title}</text>
            {score === null ? (
              <text y={y + 36}>{text.notApplicable}</text>
            ) : (
              <>
                <rect class="track" y={y + 22} width={BAR} height="16" />
                <rect class="fill" y={y + 22} width={(score * BAR) / 100} height="16" />
                <text x={BAR + 8} y={y + 35}>
                  {score}
                </text>
              </>
            )}
          </g>
        ))}
      </svg>
      {/* A description may come from a hidden element; it is read, never shown twice. */}
      <ul id="chart-data" hidden>
        {rows.map(({ id, title, score }) => (
          <li key={id}>
            {title}: {score ?? text.notApplicable}
          </li>
        ))}
      </ul>
    </>
  );
}
