/** @module The query string of `GET /api/v1/console/statistics[.csv]`. */
import { z } from 'zod';
import { AREA_PATTERN, PERIOD_PATTERN, yearOf, monthOf } from '../../core/statistics';

/** A form's empty select (`?area=`) means the default, like leaving the parameter out. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

export const statisticsQuery = z
  .object({
    period: optional(z.string().regex(PERIOD_PATTERN, 'Expected a month (YYYY-MM), a quarter (YYYY-Qn) or a year (YYYY).')),
    area: optional(z.string().regex(AREA_PATTERN, 'Expected country, network:<id> or province:<id>.')),
  })
  // The current year by default: the figures most people ask for first.
  .transform(({ period, area }) => ({ period: period ?? yearOf(monthOf(new Date())), area }));
