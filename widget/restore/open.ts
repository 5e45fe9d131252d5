/**
 * @module The start of a widget whose page or storage holds something widget.js does not open on
 * its own (widget/state/opening.ts): a result link in the page's address, or progress saved
 * against another question list. Both are rare, so this is widget-restore.js, loaded only then.
 */
import type { BankStructure } from '../../core/bank/types';
import { linkInPage, progressFor } from '../state/linked-progress';
import type { Opening } from '../state/opening';
import { restoreProgress } from '../state/saved-progress';

/** What the widget starts from: the link in the page, if any, and the progress it opens. */
export function openStart(bank: BankStructure, saved: string | null): Opening {
  const link = linkInPage(bank);
  return { link, progress: progressFor(bank, link, restoreProgress(saved, bank)) };
}
