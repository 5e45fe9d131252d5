/** @module Every open action, folded per principle, for visitors who want the full list. */
import type { Answers } from '../../core/answers';
import type { BankAdvice, QuestionBank, QuestionOnScreen } from '../../core/bank/types';
import type { UiText } from '../i18n/types';
import { TOP_ACTIONS } from '../../core/scoring';
import { AdviceItem } from './AdviceItem';

interface AdviceByPrincipleProps {
  readonly bank: QuestionBank;
  readonly advice: BankAdvice;
  readonly questions: ReadonlyMap<string, QuestionOnScreen>;
  readonly answers: Answers;
  /** Open actions, most urgent first (from core scoring). */
  readonly actions: readonly string[];
  readonly text: UiText['result'];
}

export function AdviceByPrinciple({ bank, advice, questions, answers, actions, text }: AdviceByPrincipleProps) {
  return (
    <div class="all-advice">
      <h3>{text.allAdvice}</h3>
      {bank.principles.map((principle) => {
        const open = actions.filter((id) => questions.get(id)?.principle === principle.id);
        if (open.length === 0) return null;
        return (
          <details key={principle.id}>
            <summary>
              {principle.title} ({open.length})
            </summary>
            <ul>
              {open.map((id) => (
                // On paper, "Begin hier" has the first steps already (print CSS leaves them out here).
                <AdviceItem key={id} question={questions.get(id)!} advice={advice.questions[id]!} answer={answers[id]} text={text} firstStep={actions.indexOf(id) < TOP_ACTIONS} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
