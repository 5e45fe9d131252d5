/** @module The period and area of a statistics request, the choices the picker offers, and the query string. */
import { monthOf, yearOf, type PeriodKind } from '../../core/statistics';

export interface StatisticsQuery {
  readonly kind: PeriodKind;
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`, matching `kind`. */
  readonly period: string;
  /** Admin only: `country`, `network:<id>` or `province:<id>`; "" is the token's own network. */
  readonly area: string;
}

/** How far back the picker goes: two years of months, as far in quarters, five years. */
const MONTHS_BACK = 24;
const YEARS_BACK = 5;

const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A period in words: "maart 2026", "1e kwartaal 2026", "2026". */
export function periodLabel(period: string): string {
  if (period.length === 4) return period;
  if (period.includes('Q')) return `${period.slice(6)}e kwartaal ${period.slice(0, 4)}`;
  return `${NL_MONTHS[Number(period.slice(5, 7)) - 1]} ${period.slice(0, 4)}`;
}

/** The periods of one kind the picker offers, newest first. */
export function periodChoices(kind: PeriodKind, today: Date): string[] {
  const year = Number(yearOf(monthOf(today)));
  const month = today.getUTCMonth();
  const monthsBack = Array.from({ length: MONTHS_BACK }, (_, i) => {
    const index = year * 12 + month - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
  if (kind === 'month') return monthsBack;
  if (kind === 'year') return Array.from({ length: YEARS_BACK }, (_, i) => String(year - i));
  return [...new Set(monthsBack.map((m) => `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5, 7)) / 3)}`))];
}

/** The console opens on the current quarter: long enough to show most figures, recent enough to act on. */
export const defaultQuery = (today: Date): StatisticsQuery => ({ kind: 'quarter', period: periodChoices('quarter', today)[0]!, area: '' });

/** Only what is set: an empty area means the token's own network (or, for an admin, the country). */
export const queryString = (query: StatisticsQuery): string =>
  new URLSearchParams(Object.entries({ period: query.period, area: query.area }).filter(([, value]) => value !== '')).toString();
