/** @module The query string of `GET /api/v1/console/statistics[.csv]`. */
import { z } from 'zod';
import { SECTOR_IDS, SIZE_IDS } from '../../core/profile';
import { MONTH_PATTERN, lastTwelveMonths, monthsBefore } from '../../core/statistics';
import { partnerId } from '../schemas/fields';

/** A form's empty select (`?sector=`) means "all", like leaving the parameter out. */
const filter = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const month = z.string().regex(MONTH_PATTERN, 'Expected a month as YYYY-MM.');

/** `unknown` selects the results whose visitor skipped the question. */
const UNKNOWN = 'unknown';

export const statisticsQuery = z
  .object({
    from: filter(month),
    to: filter(month),
    network: filter(z.string().regex(/^[a-z0-9-]{1,100}$/, 'Expected a network id.')),
    partner: filter(partnerId),
    sector: filter(z.enum([...SECTOR_IDS, UNKNOWN], { error: `Expected a sector id or ${UNKNOWN}.` })),
    size: filter(z.enum([...SIZE_IDS, UNKNOWN], { error: `Expected a size band or ${UNKNOWN}.` })),
  })
  .transform(({ from, to, ...rest }) => {
    // `to` defaults to this month, `from` to twelve months up to `to`.
    const end = to ?? lastTwelveMonths(new Date()).to;
    return { from: from ?? monthsBefore(end, 11), to: end, ...rest };
  })
  .refine((q) => q.from <= q.to, { path: ['from'], message: 'The period starts after it ends.' });
