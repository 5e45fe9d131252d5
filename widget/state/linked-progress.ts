/**
 * @module Opening a result link: the page's `#cyberscan=<version>-<answers>` fragment (core
 * result-link.ts) becomes the result it was made from. The fragment never reaches a server: the
 * answers are scored again here, and opening a link sends no anonymous result.
 */
import type { Answers } from '../../core/answers';
import type { BankStructure } from '../../core/bank/types';
import { packResult, RESULT_LINK_KEY, unpackResult, type UnpackedResult } from '../../core/result-link';
import { fill } from '../i18n/fill';
import type { FlowText } from '../i18n/types';
import { freshProgress, type Progress } from './progress';
import { resultStep } from './steps';

/** What the page's fragment holds for `bank`, or null when it holds no result link. */
export function linkInPage(bank: BankStructure): UnpackedResult | null {
  const packed = new URLSearchParams(location.hash.slice(1)).get(RESULT_LINK_KEY);
  return packed === null ? null : unpackResult(bank, packed);
}

/**
 * The progress to start from: the linked result, unless the saved progress is that very result
 * (it keeps what was done with it, such as a sent request); the saved progress without a link.
 */
export function progressFor(bank: BankStructure, link: UnpackedResult | null, saved: Progress | null): Progress {
  if (link?.ok && !(saved?.step === resultStep(bank.questions.length) && packResult(bank, saved.answers) === packResult(bank, link.answers))) {
    return { ...freshProgress(bank), step: resultStep(bank.questions.length), answers: link.answers };
  }
  return saved ?? freshProgress(bank);
}

/** The link that opens `answers` again, on this page: its address with the fragment replaced. */
export const resultLink = (bank: BankStructure, answers: Answers): string =>
  `${location.href.split('#')[0]}#${RESULT_LINK_KEY}=${packResult(bank, answers)}`;

/** Why a link in the page did not open, in the visitor's words. */
export const linkProblem = (text: FlowText['link'], link: UnpackedResult & { ok: false }): string =>
  link.reason === 'other-version' ? fill(text.otherVersion, { version: link.bankVersion }) : text.malformed;
