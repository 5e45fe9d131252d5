/** @module The filters of a statistics request, and the query string the API reads them from. */
import { MONTH_PATTERN, lastTwelveMonths } from '../../core/statistics';

export interface StatisticsQuery {
  /** `YYYY-MM`, inclusive. */
  readonly from: string;
  readonly to: string;
  /** "" is all; `unknown` is "not given" by the visitor. */
  readonly sector: string;
  readonly size: string;
  /** Admin only: "" is national. */
  readonly network: string;
  /** One partner's widget only; "" is all partners. */
  readonly partner: string;
}

/** The API's default period: the last twelve months, this month included. */
export const defaultQuery = (today: Date): StatisticsQuery => ({ ...lastTwelveMonths(today), sector: '', size: '', network: '', partner: '' });

/** A partner id as the API accepts it (worker/schemas/fields.ts). */
const PARTNER_PATTERN = /^[a-z0-9-]{1,64}$/;

/** What is wrong with the filters, and which field to fix first; null when they can be asked for. */
export function queryProblem(query: StatisticsQuery): { field: 'from' | 'partner'; message: string } | null {
  if (!MONTH_PATTERN.test(query.from) || !MONTH_PATTERN.test(query.to)) {
    return { field: 'from', message: 'Vul beide maanden in als jjjj-mm, bijvoorbeeld 2026-01.' };
  }
  if (query.from > query.to) return { field: 'from', message: 'De eerste maand ligt na de laatste. Draai ze om.' };
  if (query.partner !== '' && !PARTNER_PATTERN.test(query.partner)) {
    return { field: 'partner', message: 'Een partner-id heeft alleen kleine letters, cijfers en streepjes.' };
  }
  return null;
}

/** Only the filters that are set: an empty one means "all". */
export const queryString = (query: StatisticsQuery): string =>
  new URLSearchParams(Object.entries(query).filter(([, value]) => value !== '')).toString();
