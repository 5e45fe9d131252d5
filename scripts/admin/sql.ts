/**
 * @module SQL text with every value quoted as a literal. `wrangler d1 execute --command` takes no
 * bound parameters, so quoting is the only protection: values go through {@link sqlLiteral} and
 * nowhere else, and the command reaches wrangler as one argv element, never through a shell.
 */

export type SqlValue = string | number | null;

/**
 * A value as an SQLite literal: NULL, a safe integer, or a string in single quotes with every
 * quote doubled (SQLite has no backslash escapes). NUL cannot be in a D1 text value; other numbers
 * are never needed here; both throw rather than be written wrongly.
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`Not an integer for SQL: ${value}`);
    return String(value);
  }
  if (value.includes('\0')) throw new Error('A text value for SQL contains a NUL character');
  return `'${value.replace(/'/g, "''")}'`;
}

/** A template tag: `sql\`SELECT * FROM t WHERE id = ${id}\`` quotes each `${}` with {@link sqlLiteral}. */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): string {
  return strings.reduce((text, part, i) => text + part + (i < values.length ? sqlLiteral(values[i] as SqlValue) : ''), '');
}
