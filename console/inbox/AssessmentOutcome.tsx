/**
 * @module The check's outcome (the self-assessment, not the students' scan) as the entrepreneur sent it: always the score and colour; the
 * answers and the advice only when they chose to share them.
 */
import type { ReferralDetail } from '../../core/inbox';
import { BAND_LABEL } from '../text';
import { SharedAnswers } from './SharedAnswers';

export function AssessmentOutcome({ assessment }: { assessment: ReferralDetail['assessment'] }) {
  return (
    <section aria-labelledby="outcome-title">
      <h2 id="outcome-title">Uitkomst van de check</h2>
      <p>
        Score <strong>{assessment.overall}</strong> van 100, kleur{' '}
        <span class={`band band-${assessment.band}`}>{BAND_LABEL[assessment.band]}</span>. Zelf ingevuld en indicatief.
      </p>
      {assessment.answers ? (
        <SharedAnswers answers={assessment.answers} adviceQuestionIds={assessment.adviceQuestionIds} bankVersion={assessment.bankVersion} />
      ) : (
        <p>
          {assessment.answersShared
            ? 'De ondernemer deelde de antwoorden, maar ze zijn inmiddels gewist.'
            : 'De ondernemer heeft de antwoorden niet gedeeld; alleen de score en de kleur gaan mee.'}
        </p>
      )}
    </section>
  );
}
