/**
 * @module Reading saved progress back. Whatever is in storage may be stale (another bank
 * version), hand-edited or broken; anything that does not check out is dropped, not repaired.
 */
import { isAnswer, type Answers } from '../../core/answers';
import { carryAnswers, carryOver } from '../../core/bank/carry-over';
import type { BankStructure } from '../../core/bank/types';
import { profileOptions, type Profile } from '../../core/profile/index';
import { visibleBank } from '../../core/bank/visibility';
import { answerProblems } from '../../core/validate-answers';
import { freshProgress, type Progress, type RecheckProgress, type SentReferral } from './progress';
import { questionStep, questionsBefore, resultStep } from './steps';

/** One saved assessment per partner, so two partners' widgets on one site do not mix. */
export const storageKey = (partner: string): string => `cyberscan:${partner}`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only `sector` and `size`, each one of the options offered, and a postcode as the input allows it. */
const isProfile = (value: Record<string, unknown>): value is Profile & Record<string, unknown> =>
  Object.entries(value).every(([key, id]) => {
    if (key === 'postcode') return typeof id === 'string' && id.length <= 4;
    const options = key === 'sector' ? profileOptions.sectors : key === 'size' ? profileOptions.sizes : [];
    return options.some((option) => option.id === id);
  });

const isStep = (step: unknown, questionCount: number): step is number =>
  typeof step === 'number' && Number.isInteger(step) && step >= 0 && step <= resultStep(questionCount);

/**
 * Every answer must be valid, and every question before the saved step answered; questions
 * not reached yet may be open (core `answerProblems` reports those as missing too).
 */
function answersFit(bank: BankStructure, step: number, profile: Profile, answers: Record<string, unknown>): answers is Answers {
  const order = visibleBank(bank, profile).questions.map((q) => q.id);
  const reached = questionsBefore(step, order.length);
  return answerProblems(bank, answers, profile).every((p) => answers[p.path] === undefined && order.indexOf(p.path) >= reached);
}

/**
 * A sent request as {@link SentReferral} describes it; anything else is dropped with the rest.
 * Shown as text and put in a URL encoded, so strings are all a reference and names need to be.
 */
const isSentReferral = (value: unknown): value is SentReferral =>
  isRecord(value) &&
  isRecord(value.network) &&
  [value.reference, value.network.id, value.network.name].every((field) => typeof field === 'string') &&
  /^\d{4}-\d\d-\d\d$/.test(String(value.sentOn));

/**
 * A re-check's earlier answers, each an answer, and whether it followed the scan; anything else
 * is dropped with the rest. Only scored here, for "before" and its band: scoring reads the bank's
 * questions alone, so an id it does not know changes nothing.
 */
const isRecheckProgress = (value: unknown): value is RecheckProgress =>
  isRecord(value) && typeof value.afterScan === 'boolean' && isRecord(value.previous) && Object.values(value.previous).every(isAnswer);

/**
 * Progress saved against the previous question list: the answers that still count (core
 * carry-over) to the questions this profile shows, the visitor at the first one still open.
 */
function carriedProgress(saved: Record<string, unknown>, bank: BankStructure): Progress {
  const profile = isRecord(saved.profile) && isProfile(saved.profile) ? saved.profile : {};
  const old = isRecord(saved.answers) ? Object.entries(saved.answers).filter((entry): entry is [string, Answers[string]] => isAnswer(entry[1])) : [];
  const carried = carryAnswers(Object.fromEntries(old));
  const shown = visibleBank(bank, profile).questions;
  const answers = Object.fromEntries(shown.filter((q) => q.answers.includes(carried[q.id]!)).map((q) => [q.id, carried[q.id]!]));
  const open = shown.findIndex((q) => !answers[q.id]);
  return { ...freshProgress(bank), step: open < 0 ? resultStep(shown.length) : questionStep(open), profile, answers, notice: 'carried' };
}

/** What storage holds as `raw`, parsed: null when there is nothing, or nothing that is saved progress. */
export function parseSaved(raw: string | null): Record<string, unknown> | null {
  try {
    // Nothing saved (null, read as "null") is the usual case: parsed, not thrown, as a thrown
    // error cost a slow phone 10 ms at load.
    const saved: unknown = JSON.parse(raw as string);
    return isRecord(saved) ? saved : null;
  } catch {
    return null;
  }
}

/**
 * Whether `saved` was saved against another bank version: then only {@link restoreProgress} can
 * restore it, which widget.js leaves to widget-restore.js (widget/restore/open.ts).
 */
export const isOtherVersion = (saved: Record<string, unknown> | null, bank: BankStructure): boolean =>
  typeof saved?.bankVersion === 'string' && saved.bankVersion !== bank.version;

/**
 * The progress saved as `raw`, or null when there is none that fits `bank`. Progress of the
 * previous question list is carried over; of any other version, the visitor starts again and is told.
 */
export function restoreProgress(raw: string | null, bank: BankStructure): Progress | null {
  const saved = parseSaved(raw);
  if (saved?.bankVersion === carryOver.from) return carriedProgress(saved, bank);
  if (isOtherVersion(saved, bank)) return { ...freshProgress(bank), notice: 'expired' };
  return restoreSameVersion(saved, bank);
}

/** {@link restoreProgress} for progress saved against `bank` itself: all widget.js restores on its own. */
export function restoreSameVersion(saved: Record<string, unknown> | null, bank: BankStructure): Progress | null {
  if (saved?.bankVersion !== bank.version) return null;
  const { step, profile, answers, submissionId, referral, recheck } = saved;
  if (!isRecord(profile) || !isProfile(profile) || !isStep(step, visibleBank(bank, profile).questions.length)) return null;
  if (!isRecord(answers) || !answersFit(bank, step, profile, answers)) return null;
  if (referral !== undefined && !isSentReferral(referral)) return null;
  if (recheck !== undefined && !isRecheckProgress(recheck)) return null;
  return { bankVersion: bank.version, step, profile, answers, ...(typeof submissionId === 'string' && { submissionId }), referral, recheck };
}
