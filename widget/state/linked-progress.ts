/**
 * @module Opening a result link: the page's `#cyberscan=<version>-<answers>` fragment (core
 * result-link.ts) becomes the result it was made from. The fragment never reaches a server: the
 * answers are scored again here, and opening a link sends no anonymous result.
 */
import type { Answers } from '../../core/answers';
import type { BankStructure } from '../../core/bank/types';
import { visibleBank } from '../../core/bank/visibility';
import { packResult, RESULT_LINK_KEY, type UnpackedResult } from '../../core/result-link';
import { openResult, type CarriedResult } from '../../core/result-link-carry';
import { fill } from '../i18n/fill';
import type { UiText } from '../i18n/types';
import { freshProgress, type Progress } from './progress';
import { questionStep, resultStep } from './steps';

/** What the page's fragment holds for `bank`, or null when it holds no result link. */
export function linkInPage(bank: BankStructure): UnpackedResult | CarriedResult | null {
  const packed = new URLSearchParams(location.hash.slice(1)).get(RESULT_LINK_KEY);
  return packed === null ? null : openResult(bank, packed);
}

/**
 * The progress to start from: the linked result, unless the saved progress is that very result
 * (it keeps what was done with it, such as a sent request); the saved progress without a link.
 */
export function progressFor(bank: BankStructure, link: UnpackedResult | CarriedResult | null, saved: Progress | null): Progress {
  // A link of the previous list: its carried answers filled in, the visitor at the first open
  // question (the link holds no profile, so every question is asked).
  if (link?.ok && 'carriedFrom' in link) {
    const open = visibleBank(bank, {}).questions.findIndex((q) => !link.answers[q.id]);
    const step = open < 0 ? resultStep(bank.questions.length) : questionStep(open);
    return { ...freshProgress(bank), step, answers: link.answers, notice: 'linkCarried' };
  }
  if (link?.ok && !(saved?.step === resultStep(bank.questions.length) && packResult(bank, saved.answers) === packResult(bank, link.answers))) {
    return { ...freshProgress(bank), step: resultStep(bank.questions.length), answers: link.answers };
  }
  return saved ?? freshProgress(bank);
}

/** The link that opens `answers` again, on this page: its address with the fragment replaced. */
export const resultLink = (bank: BankStructure, answers: Answers): string =>
  `${location.href.split('#')[0]}#${RESULT_LINK_KEY}=${packResult(bank, answers)}`;

/** Why a link in the page did not open, in the visitor's words. */
export const linkProblem = (text: UiText['link'], link: UnpackedResult & { ok: false }): string =>
  link.reason === 'other-version' ? fill(text.otherVersion, { version: link.bankVersion }) : text.malformed;
