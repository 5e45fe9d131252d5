/**
 * @module The retention periods, read from the RETENTION_DAYS_AFTER_CLOSE and RETENTION_MAX_DAYS
 * vars (whole days). Unset means the defaults; a value that is not a whole number of days between
 * 1 and 3650 is logged and replaced by the default, because a typo must not stop erasure.
 */
import * as z from 'zod/mini';
import type { RetentionPolicy } from './retention';

/** The daily retention cron of wrangler.toml: 03:17 UTC, a quiet hour off the full hour that most jobs pick. */
export const RETENTION_CRON = '17 3 * * *';

/** Three months after closing: time for a network's follow-up questions and its own reporting. */
export const DEFAULT_DAYS_AFTER_CLOSE = 90;
/** A year at most, also for referrals nobody ever closed. */
export const DEFAULT_MAX_DAYS = 365;

const days = z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(3650)));

function readDays(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = days.safeParse(value);
  if (parsed.success) return parsed.data;
  console.error(`${name}=${JSON.stringify(value)} is not a number of days (1-3650); using ${fallback}`);
  return fallback;
}

/** The policy the deployment configured, defaults filled in. */
export const retentionPolicy = (env: Env): RetentionPolicy => ({
  daysAfterClose: readDays('RETENTION_DAYS_AFTER_CLOSE', env.RETENTION_DAYS_AFTER_CLOSE, DEFAULT_DAYS_AFTER_CLOSE),
  maxDays: readDays('RETENTION_MAX_DAYS', env.RETENTION_MAX_DAYS, DEFAULT_MAX_DAYS),
});
