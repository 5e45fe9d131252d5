/** @module One piece of advice: what to do after the answer given, and what to ask a supplier. */
import type { Answer } from '../../core/answers';
import type { QuestionAdvice, QuestionOnScreen } from '../../core/bank/types';
import type { UiText } from '../i18n/types';

interface AdviceItemProps {
  readonly question: QuestionOnScreen;
  readonly advice: QuestionAdvice;
  /** Scoring lists only questions answered "no", "partly" or "don't know" as actions. */
  readonly answer: Answer | undefined;
  readonly text: UiText['result'];
  /** One of the first steps shown under "Begin hier". */
  readonly firstStep?: boolean;
}

export function AdviceItem({ question, advice, answer, text, firstStep }: AdviceItemProps) {
  return (
    <li class={firstStep ? 'first-step' : undefined}>
      <h4>{question.text}</h4>
      <p>{advice[answer === 'partial' || answer === 'unknown' ? answer : 'no']}</p>
      {/* Folded: only outsourcers need it, and it keeps the result within the five-minute read. */}
      <details>
        <summary>{text.askSupplier}</summary>
        <p>{advice.askSupplier}</p>
      </details>
    </li>
  );
}
