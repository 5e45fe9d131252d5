/**
 * @module The questions most often answered "no" or "don't know": where workshops and advice in
 * the region will help most. Only counts of at least five are listed (core/statistics).
 */
import { bankStructure, bankTextsNl } from '../../core/bank';
import type { StatisticsResponse } from '../../core/statistics';
import { formatNumber } from '../text';

const principleOf = new Map(bankStructure.questions.map((q) => [q.id, bankTextsNl.principles[q.principle].title]));

export function TopGaps({ gaps }: { gaps: StatisticsResponse['topGaps'] }) {
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">De tien meest voorkomende knelpunten</h2>
      {gaps.length === 0 ? (
        <p>Geen vraag kreeg vaak genoeg (5 keer of meer) ‘nee’ of ‘weet ik niet’ om hier te tonen.</p>
      ) : (
        <table class="gaps">
          <caption>Vragen die het vaakst ‘nee’ of ‘weet ik niet’ kregen, meest eerst</caption>
          <thead>
            <tr>
              <th scope="col">Plaats</th>
              <th scope="col">Vraag</th>
              <th scope="col">Basisprincipe</th>
              <th scope="col">Aantal scans</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap, i) => (
              <tr key={gap.questionId}>
                <td>{i + 1}</td>
                <td>{bankTextsNl.questions[gap.questionId]?.text ?? gap.questionId}</td>
                <td>{principleOf.get(gap.questionId) ?? ''}</td>
                <td>{formatNumber(gap.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
