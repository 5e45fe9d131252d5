/**
 * @module Dutch names of the re-check tables' categories, for the console's statistics and their
 * CSV alike (the bands keep their own names in core/referral-labels.ts).
 */
import type { CheckKind } from './tables';

/** A first check, or a re-check started by the entrepreneur or by the network's invitation after the scan. */
export const CHECK_KIND_LABEL: Readonly<Record<CheckKind, string>> = {
  first: 'Eerste check',
  recheck: 'Hercheck, zelf gestart',
  'recheck-after-scan': 'Hercheck na de scan',
};
