/**
 * @module Per question, how many answered "no" and how many "don't know", apart: a missing measure
 * asks for help doing it, a knowledge gap for a scan that finds out. Each row names the versions
 * of the question list its counts may mix, as answers to an earlier version still count.
 */
import { bankTextsNl } from '../../core/bank';
import type { StatisticsResponse } from '../../core/statistics';
import { formatCount } from './figures';

export function QuestionGaps({ questions }: { questions: StatisticsResponse['questions'] }) {
  return (
    <section aria-labelledby="questions-title">
      <h2 id="questions-title">Per vraag: nee en weet ik niet</h2>
      <table class="counts">
        <thead>
          <tr>
            <th scope="col">Vraag</th>
            <th scope="col">Nee</th>
            <th scope="col">Weet ik niet</th>
            <th scope="col">Antwoorden uit vragenlijst</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => (
            <tr key={q.questionId}>
              <th scope="row">{bankTextsNl.questions[q.questionId]?.text ?? q.questionId}</th>
              <td>{formatCount(q.no)}</td>
              <td>{formatCount(q.unknown)}</td>
              <td>{q.versions.join(' en ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
