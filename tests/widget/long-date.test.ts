/** The result's written-out dates, made without Intl (widget/long-date.ts), read as Intl writes them. */
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../core/bank/types';
import { localDate, longDate } from '../../widget/long-date';

describe('a long date', () => {
  // Every month, and days of one and two digits, against the platform's own long date style.
  const dates = Array.from({ length: 12 }, (_, m) => [`2026-${String(m + 1).padStart(2, '0')}-01`, `2027-${String(m + 1).padStart(2, '0')}-28`]).flat();

  test.each(LANGS)('in %s reads as toLocaleDateString with dateStyle long', (lang) => {
    for (const date of dates) expect(longDate(lang, date)).toBe(new Date(date).toLocaleDateString(lang, { dateStyle: 'long', timeZone: 'UTC' }));
  });

  test('is the visitor’s own calendar day, not UTC’s', () => {
    const lateEvening = new Date(2026, 11, 31, 23, 30);
    expect(localDate(lateEvening)).toBe('2026-12-31');
    expect(longDate('nl', localDate(lateEvening))).toBe('31 december 2026');
  });
});
