/**
 * @module Opening a result link: the page's `#cyberscan=<version>-<answers>` fragment (core
 * result-link.ts) becomes the result it was made from, or, with `&hercheck=` (core recheck.ts),
 * a re-check starting from it. The fragment never reaches a server: the answers are scored again
 * here, and opening a link sends no anonymous result.
 */
import type { Answers } from '../../core/answers';
import type { BankStructure } from '../../core/bank/types';
import { visibleBank } from '../../core/bank/visibility';
import { RECHECK_LINK_KEY, recheckAsked } from '../../core/recheck';
import { packResult, RESULT_LINK_KEY, type UnpackedResult } from '../../core/result-link';
import { openResult, type CarriedResult } from '../../core/result-link-carry';
import { fill } from '../../core/fill';
import type { RestoreText } from '../i18n/types';
import { freshProgress, startRecheck, type Progress } from './progress';
import { questionStep, resultStep } from './steps';

/** A result link in the page, and whether it asks for a re-check (`null`: only to show the result). */
export type PageLink = (UnpackedResult | CarriedResult) & { readonly recheck: { readonly afterScan: boolean } | null };

/** What the page's fragment holds for `bank`, or null when it holds no result link. */
export function linkInPage(bank: BankStructure): PageLink | null {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const packed = fragment.get(RESULT_LINK_KEY);
  return packed === null ? null : { ...openResult(bank, packed), recheck: recheckAsked(fragment.get(RECHECK_LINK_KEY)) };
}

const same = (bank: BankStructure, a: Answers | undefined, b: Answers): boolean => !!a && packResult(bank, a) === packResult(bank, b);

/**
 * The progress to start from: the linked result, unless the saved progress is that very result
 * (it keeps what was done with it, such as a sent request); for a re-check link, a re-check of
 * the linked answers, unless the saved progress is that re-check already; the saved progress
 * without a link.
 */
export function progressFor(bank: BankStructure, link: PageLink | null, saved: Progress | null): Progress {
  // A link of the previous list: its carried answers filled in, the visitor at the first open
  // question (the link holds no profile, so every question is asked).
  if (link?.ok && 'carriedFrom' in link) {
    const open = visibleBank(bank, {}).questions.findIndex((q) => !link.answers[q.id]);
    const step = open < 0 ? resultStep(bank.questions.length) : questionStep(open);
    return { ...freshProgress(bank), step, answers: link.answers, notice: 'linkCarried' };
  }
  const linked = link?.ok ? { ...freshProgress(bank), step: resultStep(bank.questions.length), answers: link.answers } : undefined;
  if (linked && link!.recheck) {
    return same(bank, saved?.recheck?.previous, linked.answers) ? saved! : startRecheck(bank, linked, link!.recheck.afterScan);
  }
  if (linked && !(saved?.step === resultStep(bank.questions.length) && same(bank, saved.answers, linked.answers))) return linked;
  return saved ?? freshProgress(bank);
}

/** The link that opens `answers` again, on this page: its address with the fragment replaced. */
export const resultLink = (bank: BankStructure, answers: Answers): string =>
  `${location.href.split('#')[0]}#${RESULT_LINK_KEY}=${packResult(bank, answers)}`;

/** Why a link in the page did not open, in the visitor's words. */
export const linkProblem = (text: RestoreText['link'], link: UnpackedResult & { ok: false }): string =>
  link.reason === 'other-version' ? fill(text.otherVersion, { version: link.bankVersion }) : text.malformed;
