/**
 * @module The start of a widget whose page or storage holds something widget.js does not open on
 * its own (widget/state/opening.ts): a result link in the page's address, or progress saved
 * against another question list. Both are rare, so this is widget-restore.js, loaded only then,
 * with what it says in both languages.
 */
import type { BankStructure, Lang } from '../../core/bank/types';
import { enRestore } from '../i18n/en-restore';
import { nlRestore } from '../i18n/nl-restore';
import type { RestoreText } from '../i18n/types';
import { linkInPage, linkProblem, progressFor } from '../state/linked-progress';
import type { Progress } from '../state/progress';
import { restoreProgress } from '../state/saved-progress';

/**
 * The progress a widget starts from, and what widget-restore.js says about how it got there.
 * Declared here, not in state/opening.ts, which reads the runtime: the runtime names this
 * chunk's opener, and a type cycle would join them.
 */
export interface Opening {
  readonly progress: Progress;
  /** Why a result link in the page's address did not open, for the intro. */
  readonly problem?: string | undefined;
  /** The texts of the notices only widget-restore.js gives (`Progress['notice']`). */
  readonly notices?: RestoreText['question']['notice'];
}

const texts = { nl: nlRestore, en: enRestore };

/** What a widget in `lang` starts from: the progress the link in the page or `saved` opens, and what to say about it. */
export function openStart(bank: BankStructure, lang: Lang, saved: string | null): Opening {
  const link = linkInPage(bank);
  const text = texts[lang];
  return {
    progress: progressFor(bank, link, restoreProgress(saved, bank)),
    problem: link?.ok === false ? linkProblem(text.link, link) : undefined,
    notices: text.question.notice,
  };
}
