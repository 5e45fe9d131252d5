/**
 * @module Dates as the result writes them out ("1 december 2026", "December 1, 2026"), without
 * Intl. A page's first Intl call loads its locale data: measured at 4x CPU throttling, about
 * 200 ms in one task, which the result screen paid in its first paint for a date that only shows
 * on paper. The two languages' month names and order are all it needs, and they match
 * `toLocaleDateString(lang, { dateStyle: 'long' })` (tests/widget/long-date.test.ts).
 */
import type { Lang } from '../core/bank/types';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The visitor's own calendar date of `when` as `YYYY-MM-DD` (toISOString alone gives UTC's). */
export function localDate(when: Date): string {
  return new Date(when.getTime() - when.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` written out in `lang`, as a letter would date it. */
export function longDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const name = MONTHS[lang][month - 1]!;
  return lang === 'nl' ? `${day} ${name} ${year}` : `${name} ${day}, ${year}`;
}
