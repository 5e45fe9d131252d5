/**
 * @module Spreadsheet-safe CSV for a Dutch spreadsheet, shared by every console export: `;`
 * separated, UTF-8 with a byte-order mark, decimal commas, times in Europe/Amsterdam. What an
 * entrepreneur typed ends up in a network's Excel, so a cell must never run as a formula (CSV
 * injection, OWASP): text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
 * leading `'`, which spreadsheets show as text.
 */

/** Dutch Excel (nl-NL) splits CSV on `;` when a file is opened with a double click; `,` lands in one column. */
export const CSV_SEPARATOR = ';';

/** Excel reads CSV as the local code page unless the file starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null;

/** A number as Dutch Excel reads one: a decimal comma, no thousands separator ("0,25", "1234"). */
export const csvNumber = (value: number): string => String(value).replace('.', ',');

/** One cell: null is empty, everything else quoted (doubling any `"`) after formula defusing. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'ja' : 'nee') : typeof value === 'number' ? csvNumber(value) : value;
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A whole file: BOM, a header row, then one row per record, CRLF line ends (RFC 4180). */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Dutch local time, by the IANA rules in the runtime's Intl data (summer and winter time alike),
 * never a hand-kept offset. Parts are put together by hand, as Intl's own punctuation varies.
 */
const AMSTERDAM = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An ISO 8601 instant as "dd-mm-jjjj uu:mm" in Amsterdam time, which Dutch Excel reads as a date-time; null stays empty. */
export function csvLocalDateTime(iso: string | null): string | null {
  if (iso === null) return null;
  const part = Object.fromEntries(AMSTERDAM.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}`;
}

/** A calendar day (`YYYY-MM-DD…`, no time zone of its own) as "dd-mm-jjjj"; null stays empty. */
export function csvDay(isoDay: string | null): string | null {
  if (isoDay === null) return null;
  const [year, month, day] = isoDay.slice(0, 10).split('-');
  return `${day}-${month}-${year}`;
}
