/**
 * @module Where a widget starts. widget.js opens saved progress of its own bank version by
 * itself; a result link in the page's address, or progress saved against another question list,
 * needs widget-restore.js (widget/restore/open.ts), which the root loads first (CyberScan.tsx).
 */
import type { BankStructure, Lang } from '../../core/bank/types';
import { RESULT_LINK_KEY } from '../../core/result-link';
import type { Opening } from '../restore/open';
import { runtime, type Chunks } from '../runtime';
import { freshProgress } from './progress';
import { isOtherVersion, parseSaved, restoreSameVersion } from './saved-progress';

/** Whether starting from `saved` (what storage holds) on this page needs widget-restore.js. */
export const needsRestore = (bank: BankStructure, saved: string | null): boolean =>
  new URLSearchParams(location.hash.slice(1)).has(RESULT_LINK_KEY) || isOtherVersion(parseSaved(saved), bank);

/**
 * Where to start from `saved`: with widget-restore.js's opener once it is loaded, else without a
 * link, from progress of `bank`'s version.
 */
export const openingFor = (bank: BankStructure, lang: Lang, saved: string | null, restore: Chunks['restore'] | undefined = runtime.restore): Opening =>
  restore?.(bank, lang, saved) ?? { progress: restoreSameVersion(parseSaved(saved), bank) ?? freshProgress(bank) };
