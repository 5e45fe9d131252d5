/** @module The query string of `GET /api/v1/console/statistics[.csv]`. */
import * as z from 'zod/mini';
import { AREA_PATTERN, PERIOD_PATTERN, yearOf, monthOf } from '../../core/statistics';

/** A form's empty select (`?area=`) means the default, like leaving the parameter out. */
const optional = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform((v: unknown) => (v === '' ? undefined : v)), z.optional(schema));

export const statisticsQuery = z.pipe(
  z.object({
    period: optional(z.string().check(z.regex(PERIOD_PATTERN, 'Expected a month (YYYY-MM), a quarter (YYYY-Qn) or a year (YYYY).'))),
    area: optional(z.string().check(z.regex(AREA_PATTERN, 'Expected country, network:<id> or province:<id>.'))),
  }),
  // The current year by default: the figures most people ask for first.
  z.transform(({ period, area }: { period?: string | undefined; area?: string | undefined }) => ({ period: period ?? yearOf(monthOf(new Date())), area })),
);
