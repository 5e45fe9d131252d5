/**
 * @module How answers to the previous bank version still count in the current one
 * (`carry-over.json`), per question. A question kept as it was takes its answers along; an answer
 * the current question no longer offers becomes the one it now means ("partly" tested restore is
 * not a tested restore: "no") or is dropped (`null`: asked again); a question that now asks
 * something else carries nothing (`phishing-awareness` asked for a self-rating, `phishing-check`
 * asks what you do). 2026.1's `separate-backups` mixed "no back-up" with "a back-up that stays
 * connected": its "yes" means both a back-up and one apart, its "no" only that none is apart.
 */
import type { Answer, Answers } from '../answers';
import carryOverJson from './carry-over.json';

/** Where one answer of the previous version goes in the current one. */
export interface CarryStep {
  /** A question id of the current bank. */
  readonly to: string;
  /** Answers that change on the way; `null` drops one. Any other answer carries as it is. */
  readonly answers?: Readonly<Partial<Record<Answer, Answer | null>>>;
}

export interface CarryOver {
  /** The previous bank version. */
  readonly from: string;
  /** Every question of that version, with where its answers go (none: it counts no more). */
  readonly questions: Readonly<Record<string, readonly CarryStep[]>>;
}

/** The mapping from the previous version; tests check it against both banks. */
export const carryOver = carryOverJson as CarryOver;

/** What `answer` to a question of the previous version means for `step`'s question, or null. */
export function carriedAnswer(step: CarryStep, answer: Answer): Answer | null {
  return step.answers && answer in step.answers ? step.answers[answer]! : answer;
}

/** The answers to the current bank that answers to `carryOver.from` still give. */
/*#__NO_SIDE_EFFECTS__*/
export function carryAnswers(answers: Answers, mapping: CarryOver = carryOver): Answers {
  const carried: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) {
    for (const step of mapping.questions[id] ?? []) {
      const next = carriedAnswer(step, answer);
      if (next !== null) carried[step.to] = next;
    }
  }
  return carried;
}
