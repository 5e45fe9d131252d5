/** @module Which questions a company sees, from the coarse profile it gave (or did not give). */
import type { Profile } from '../profile/index';
import type { BankStructure, QuestionStructure } from './types';

/** Whether `question` fits a company with this profile; a skipped profile part fits every condition. */
export function isShown(question: QuestionStructure, profile: Profile): boolean {
  const { sizes, sectors } = question.showWhen ?? {};
  return (!sizes || !profile.size || sizes.includes(profile.size)) && (!sectors || !profile.sector || sectors.includes(profile.sector));
}

/**
 * The bank as this company sees it: the same version and principles, only the questions shown.
 * The widget steps through it; validation and scoring treat a hidden question as not asked.
 */
/*#__NO_SIDE_EFFECTS__*/
export function visibleBank(bank: BankStructure, profile: Profile): BankStructure {
  const questions = bank.questions.filter((q) => isShown(q, profile));
  return questions.length === bank.questions.length ? bank : { ...bank, questions };
}
