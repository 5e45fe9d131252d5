/**
 * @module A horizontal bar chart in SVG with the same figures as a table. Bar lengths are SVG
 * attributes, never style attributes (the CSP blocks those). Assistive technology reads the chart
 * as one image whose name lists every figure; the table is one click away for everyone.
 */

export interface Bar {
  readonly key: string;
  readonly label: string;
  /** Bar length in the chart's unit; null draws no bar (a suppressed or missing figure). */
  readonly value: number | null;
  /** The figure as written next to the bar and in the table. */
  readonly text: string;
  /** An extra class for the bar, e.g. its colour band. */
  readonly tone?: string;
}

interface BarChartProps {
  /** What the chart shows, as its accessible name and the table's caption. */
  readonly title: string;
  readonly bars: readonly Bar[];
  /** The value of a full-length bar. */
  readonly max: number;
  /** Header of the figures' column in the table. */
  readonly valueHeader: string;
}

/** Geometry in SVG user units; the chart scales with the page's width. */
const ROW = 48;
const BAR = 420;
const WIDTH = 600;

export function BarChart({ title, bars, max, valueHeader }: BarChartProps) {
  const length = (value: number) => (max > 0 ? Math.max((value / max) * BAR, value > 0 ? 2 : 0) : 0);
  const summary = `${title}: ${bars.map((b) => `${b.label} ${b.text}`).join('; ')}`;
  return (
    <div class="chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = bar.value === null ? 0 : length(bar.value);
          return (
            <g key={bar.key}>
              <text class="chart-label" x="0" y={y + 16}>
                {bar.label}
              </text>
              <rect class="chart-track" x="0" y={y + 24} width={BAR} height="16" />
              <rect class={`chart-bar ${bar.tone ?? ''}`} x="0" y={y + 24} width={width} height="16" />
              <text class="chart-value" x={BAR + 10} y={y + 37}>
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>Toon als tabel</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Onderdeel</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{bar.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
