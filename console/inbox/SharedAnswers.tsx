/**
 * @module The answers an entrepreneur shared, with the bank's own question texts and the advice
 * for the answer they gave: what the students can prepare the visit with. Texts come from the live
 * bank; answers to an older version are shown for the questions it still has.
 */
import { bankAdviceNl, bankStructure, bankTextsNl } from '../../core/bank';
import { localiseBank } from '../../core/bank/localise';
import type { Question } from '../../core/bank/types';
import { TOP_ACTIONS } from '../../core/scoring';
import { ANSWER_LABEL } from '../text';

const bank = localiseBank(bankStructure, bankTextsNl, bankAdviceNl);

interface SharedAnswersProps {
  readonly answers: Readonly<Record<string, string>>;
  readonly adviceQuestionIds: readonly string[] | undefined;
  readonly bankVersion: string;
}

const adviceFor = (question: Question, answer: string | undefined): string | null =>
  answer === 'no' || answer === 'partial' || answer === 'unknown' ? (question.advice[answer] ?? null) : null;

const answerLabel = (answer: string | undefined): string => (answer === undefined ? '' : ((ANSWER_LABEL as Readonly<Record<string, string>>)[answer] ?? answer));

/** Actions as the widget ranks them, numbered from `start`. */
function AdviceList({ questions, answers, start }: { questions: readonly Question[]; answers: SharedAnswersProps['answers']; start: number }) {
  return (
    <ol class="advice" start={start}>
      {questions.map((question) => (
        <li key={question.id}>
          <p class="question">{question.text}</p>
          <p>
            Antwoord: <strong>{answerLabel(answers[question.id])}</strong>
          </p>
          <p>Advies: {adviceFor(question, answers[question.id])}</p>
        </li>
      ))}
    </ol>
  );
}

export function SharedAnswers({ answers, adviceQuestionIds = [], bankVersion }: SharedAnswersProps) {
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const advised = adviceQuestionIds.flatMap((id) => questions.get(id) ?? []);
  return (
    <>
      {bankVersion !== bank.version && (
        <p class="notice">
          Deze antwoorden horen bij vragenlijst {bankVersion}; de teksten hieronder zijn van de huidige versie {bank.version}.
        </p>
      )}
      {advised.length > 0 && (
        <>
          <h3>Eerst aanpakken</h3>
          <AdviceList questions={advised.slice(0, TOP_ACTIONS)} answers={answers} start={1} />
          {advised.length > TOP_ACTIONS && (
            <details>
              <summary>Nog {advised.length - TOP_ACTIONS} aandachtspunten</summary>
              <AdviceList questions={advised.slice(TOP_ACTIONS)} answers={answers} start={TOP_ACTIONS + 1} />
            </details>
          )}
        </>
      )}
      <h3>Alle antwoorden</h3>
      {bank.principles.map((principle) => (
        <table class="answers" key={principle.id}>
          <caption>{principle.title}</caption>
          <thead>
            <tr>
              <th scope="col">Vraag</th>
              <th scope="col">Antwoord</th>
            </tr>
          </thead>
          <tbody>
            {bank.questions
              .filter((q) => q.principle === principle.id && answers[q.id] !== undefined)
              .map((q) => (
                <tr key={q.id}>
                  <td>{q.text}</td>
                  <td>{answerLabel(answers[q.id])}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </>
  );
}
