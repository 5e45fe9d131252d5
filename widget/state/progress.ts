/** @module A visitor's progress and how each action changes it (pure; saved as it is). */
import type { Answer, Answers } from '../../core/answers';
import type { BankStructure } from '../../core/bank/types';
import type { ReferralResponse } from '../../core/contracts';
import { isShown, visibleBank } from '../../core/bank/visibility';
import type { Profile } from '../../core/profile/index';
import { INTRO_STEP, PROFILE_STEP, resultStep, screenAt } from './steps';

export interface Progress {
  /** Saved progress is only resumed against the same bank version. */
  readonly bankVersion: string;
  readonly step: number;
  readonly profile: Profile;
  readonly answers: Answers;
  /**
   * Made when the visitor reaches the result, and sent with the anonymous result. Kept, so that
   * a reload of the result does not count the assessment twice; "start again" drops it.
   */
  readonly submissionId?: string;
  /**
   * The last request for a scan sent from this result, kept with it so that going back, a reload
   * or a second visit shows it was sent instead of inviting to send it again.
   */
  readonly referral?: SentReferral;
  /**
   * Why the visitor is not exactly where they left off: their saved answers were to an earlier
   * question list and `carried` over where they still count, or could not be (`expired`).
   * Shown until the visitor moves on. `recheck`: a re-check starts with the earlier answers filled in.
   * `linkCarried`: a result link of the earlier question list opened with its answers carried over.
   */
  readonly notice?: 'carried' | 'expired' | 'recheck' | 'linkCarried';
  /**
   * A re-check: the answers of the earlier result it started from, to show before and after.
   * They stay in the browser; the anonymous result carries only their band (core/recheck.ts).
   */
  readonly recheck?: RecheckProgress;
}

/** What a re-check keeps of the earlier result. */
export interface RecheckProgress {
  readonly previous: Answers;
  /** Asked for by the network's invitation after the students' scan. */
  readonly afterScan: boolean;
}

/** A request for a scan as the API confirmed it, and the visitor's local date it was sent (`YYYY-MM-DD`). */
export interface SentReferral extends ReferralResponse {
  readonly sentOn: string;
}

export type ProgressAction =
  | { readonly type: 'start' | 'back' | 'next' | 'restart' }
  | { readonly type: 'profile'; readonly profile: Profile }
  | { readonly type: 'recheck'; readonly afterScan?: boolean }
  | { readonly type: 'answer'; readonly questionId: string; readonly answer: Answer };

export const freshProgress = (bank: BankStructure): Progress => ({
  bankVersion: bank.version,
  step: INTRO_STEP,
  profile: {},
  answers: {},
  // Named, not left out: Preact's setState merges, so a missing key would outlive "start again".
  submissionId: undefined,
  referral: undefined,
  notice: undefined,
  recheck: undefined,
});

/**
 * The check again from `progress`'s answers and profile: a new result (new submission, no sent
 * request yet), starting at the profile so the visitor changes only what changed.
 */
export const startRecheck = (bank: BankStructure, progress: Progress, afterScan: boolean): Progress => ({
  ...freshProgress(bank),
  step: PROFILE_STEP,
  profile: progress.profile,
  answers: progress.answers,
  recheck: { previous: progress.answers, afterScan },
  notice: 'recheck',
});

/** Nothing worth saving: the visitor has not started or has started again. */
export const isPristine = ({ step, answers, profile }: Progress): boolean =>
  step === INTRO_STEP && Object.keys(answers).length === 0 && !profile.sector && !profile.size && !profile.postcode;

/** Whether "next" may leave the current step: a question needs an answer first. */
function canLeave(shown: BankStructure, progress: Progress): boolean {
  const screen = screenAt(progress.step, shown.questions.length);
  return screen.kind !== 'question' || progress.answers[shown.questions[screen.index]!.id] !== undefined;
}

/** The answers to questions this profile still shows: a changed size may hide staff questions. */
const answersShown = (bank: BankStructure, answers: Answers, profile: Profile): Answers =>
  Object.fromEntries(bank.questions.filter((q) => isShown(q, profile) && answers[q.id]).map((q) => [q.id, answers[q.id]!]));

/** Applies one visitor action to `progress`; steps count the questions its profile shows. */
export function advance(bank: BankStructure, progress: Progress, action: ProgressAction): Progress {
  const shown = visibleBank(bank, progress.profile);
  // Any move past the current screen has been read with the notice; an answer or profile change keeps it.
  if (action.type !== 'answer' && action.type !== 'profile') progress = { ...progress, notice: undefined };
  switch (action.type) {
    case 'start':
      return { ...progress, step: PROFILE_STEP };
    case 'back':
      return { ...progress, step: Math.max(INTRO_STEP, progress.step - 1) };
    case 'next':
      if (!canLeave(shown, progress)) return progress;
      return { ...progress, step: Math.min(progress.step + 1, resultStep(shown.questions.length)) };
    case 'restart':
      return freshProgress(bank);
    case 'recheck':
      return startRecheck(bank, progress, !!action.afterScan);
    case 'profile':
      return { ...progress, profile: action.profile, answers: answersShown(bank, progress.answers, action.profile) };
    case 'answer':
      return { ...progress, answers: { ...progress.answers, [action.questionId]: action.answer } };
  }
}
