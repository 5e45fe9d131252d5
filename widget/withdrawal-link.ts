/** @module Where a visitor withdraws a sent request: the result and the referral step both link to it. */
import type { Lang } from '../core/bank/types';
import { WITHDRAWAL_PATH } from '../core/withdrawal';

/** The public withdrawal page (worker/routes/withdrawals-page.ts) on the API origin `api`, with the reference filled in. */
export const withdrawalPage = (api: string, reference: string, lang: Lang): string =>
  `${api}${WITHDRAWAL_PATH}?reference=${encodeURIComponent(reference)}&lang=${lang}`;
