/** @module What every admin command is: validated input in, SQL out, and a report of the rows. */
import type { StatementResults } from './d1';

/** What a command may need besides its input; tests pass fixed ones. */
export interface CommandContext {
  readonly now: Date;
  /** A fresh access token (only `token create` uses it). */
  readonly newToken: () => string;
  /** A fresh webhook secret in the `whsec_` format (channel add and rotate-secret use it). */
  readonly newWebhookSecret: () => string;
}

/** What running the statements came to; `ok: false` exits with 1 (e.g. nothing had that id). */
export interface Outcome {
  readonly ok: boolean;
  readonly text: string;
}

export interface Plan {
  /**
   * Read first, in a call of its own; a refusal (`ok: false`) stops everything before a secret is
   * stored or a statement runs.
   */
  readonly check?: { readonly statements: readonly string[]; readonly refuse: (results: StatementResults) => Outcome | null };
  /**
   * A Worker secret stored after the check and before the statements, so that no channel ever
   * names a secret that is not there yet (a delivery meanwhile would fail).
   */
  readonly secret?: { readonly name: string; readonly value: string };
  /** Run in one wrangler call, as one transaction. */
  readonly statements: readonly string[];
  readonly report: (results: StatementResults) => Outcome;
}

export interface Command {
  /** The command words, e.g. `network area add`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Arguments after the name, e.g. `<networkId> <from>-<to>`. */
  readonly usage: string;
  /** Option lines for --help. */
  readonly options?: readonly string[];
  /** Validates `positionals` and `flags` (throws UsageError) and builds the SQL. */
  readonly plan: (positionals: readonly string[], flags: Readonly<Record<string, string | true>>, context: CommandContext) => Plan;
}

/** A plain text table: a header row and aligned columns; `(none)` when there are no rows. */
export function table(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  if (rows.length === 0) return '(none)';
  const cells = [columns, ...rows.map((row) => columns.map((column) => (row[column] === null || row[column] === undefined ? '-' : String(row[column]))))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => (line[i] as string).length)));
  return cells.map((line) => line.map((cell, i) => cell.padEnd(widths[i] as number)).join('  ').trimEnd()).join('\n');
}

/** The first row of the `index`-th statement, if any. */
export const firstRow = (results: StatementResults, index: number) => results[index]?.[0];
