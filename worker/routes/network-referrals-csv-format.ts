/**
 * @module Spreadsheet-safe CSV. What an entrepreneur typed ends up in a network's Excel, so a
 * cell must never run as a formula (CSV injection, OWASP): text starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading `'`, which spreadsheets show as text.
 */

/** Dutch Excel (nl-NL) splits CSV on `;` when a file is opened with a double click; `,` lands in one column. */
export const CSV_SEPARATOR = ';';

/** Excel reads CSV as the local code page unless the file starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null;

/** One cell: null is empty, everything else quoted (doubling any `"`) after formula defusing. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole file: BOM, a header row, then one row per record, CRLF line ends (RFC 4180). */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
