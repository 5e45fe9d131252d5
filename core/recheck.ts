/**
 * @module A re-check: the check done again, starting from an earlier result's answers. Its
 * anonymous result says that it is one and which band the earlier result had, so the statistics
 * can show whether businesses improve (after the advice, or after the students' scan).
 */
import { RESULT_LINK_KEY } from './result-link';
import { BANDS, type Band } from './scoring';

/**
 * What a re-check's anonymous result tells about the earlier result, and nothing more.
 *
 * Why only a band and a yes/no (privacy): no date, no earlier score, no submission id and no
 * result link. Any of those would let the server chain two results of one business together,
 * or, with a date or an exact score, narrow down who it was in a small region. A band is one of
 * three values that many businesses share, and the statistics publish it under the same
 * suppression as every other figure.
 */
export interface Recheck {
  /** The band of the result the re-check started from. */
  readonly previousBand: Band;
  /** Started from the network's invitation after the students' scan (a link marked {@link RECHECK_AFTER_SCAN}). */
  readonly afterScan: boolean;
}

/** Narrows untrusted data (saved progress, a request body) to a {@link Recheck}. */
export const isRecheck = (value: unknown): value is Recheck =>
  typeof value === 'object' &&
  value !== null &&
  Object.keys(value).length === 2 &&
  (BANDS as readonly unknown[]).includes((value as Recheck).previousBand) &&
  typeof (value as Recheck).afterScan === 'boolean';

/**
 * The fragment parameter that turns a result link into an invitation to a re-check
 * (`#cyberscan=<packed>&hercheck=ja`): opened, the widget starts the check again from the
 * linked answers instead of only showing them. Like the result link, it never reaches a server.
 */
export const RECHECK_LINK_KEY = 'hercheck';
/** The calendar reminder's and the result's own "doe de check opnieuw" value. */
export const RECHECK_AGAIN = 'ja';
/** The value of the network's invitation after the students' scan: the re-check says `afterScan`. */
export const RECHECK_AFTER_SCAN = 'scan';

/**
 * The fragment (without `#`) that opens `packed` (core result-link.ts `packResult`) as a re-check;
 * `afterScan` for the network's invitation after the students' scan.
 */
export const recheckFragment = (packed: string, afterScan: boolean): string =>
  `${RESULT_LINK_KEY}=${packed}&${RECHECK_LINK_KEY}=${afterScan ? RECHECK_AFTER_SCAN : RECHECK_AGAIN}`;

/** What a fragment's {@link RECHECK_LINK_KEY} value asks: no re-check (null), or one, after a scan or not. */
export const recheckAsked = (value: string | null): { readonly afterScan: boolean } | null =>
  value === RECHECK_AGAIN || value === RECHECK_AFTER_SCAN ? { afterScan: value === RECHECK_AFTER_SCAN } : null;
