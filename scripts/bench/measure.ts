/** @module Timing for the benchmarks: wall-clock milliseconds, medians, and a plain-text table. */

/** Milliseconds `work` takes, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** The middle value (the upper one of two middles). */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A right-aligned text table with a header rule, as a string. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
export const seconds = (n: number) => (n / 1000).toFixed(1);
export const count = (n: number) => n.toLocaleString('en');
export const percent = (n: number) => `${(100 * n).toFixed(0)}%`;
