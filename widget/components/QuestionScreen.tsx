/**
 * @module One question with the progress above it. The progress block stays mounted from
 * question to question, so its live region announces each change. The question's form stays too
 * and is patched: re-creating it made the "next" click's task on a slow phone run past 50 ms
 * (issue 14). Its heading and help are keyed, so focus moves to a new heading and the help starts
 * closed; the answer and the message start empty (QuestionStep).
 */
import type { Answer, Answers } from '../../core/answers';
import type { QuestionBank } from '../../core/bank/types';
import type { FlowText } from '../i18n/types';
import { QuestionProgress } from './QuestionProgress';
import { QuestionStep } from './QuestionStep';

interface QuestionScreenProps {
  readonly bank: QuestionBank;
  /** 0-based position of the question in the bank. */
  readonly index: number;
  readonly answers: Answers;
  readonly text: FlowText;
  readonly onAnswer: (questionId: string, answer: Answer) => void;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

export function QuestionScreen({ bank, index, answers, text, onAnswer, onBack, onNext }: QuestionScreenProps) {
  const question = bank.questions[index]!;
  const principle = bank.principles.find((p) => p.id === question.principle);
  return (
    <>
      <QuestionProgress
        number={index + 1}
        total={bank.questions.length}
        principle={principle?.title ?? ''}
        template={text.question.progress}
      />
      <QuestionStep
        question={question}
        answer={answers[question.id]}
        isLast={index === bank.questions.length - 1}
        text={text}
        onAnswer={(answer) => onAnswer(question.id, answer)}
        onBack={onBack}
        onNext={onNext}
      />
    </>
  );
}
