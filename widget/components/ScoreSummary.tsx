/**
 * @module The overall score with its band in words, so colour is never the only signal; a band
 * capped by critical gaps names the missing measures (their questions) instead of leaving the
 * score to explain it.
 */
import type { QuestionOnScreen } from '../../core/bank/types';
import type { Assessment } from '../../core/scoring';
import { fill } from '../i18n/fill';
import type { UiText } from '../i18n/types';

interface ScoreSummaryProps {
  readonly assessment: Assessment;
  readonly questions: ReadonlyMap<string, QuestionOnScreen>;
  readonly text: UiText['result'];
}

export function ScoreSummary({ assessment, questions, text }: ScoreSummaryProps) {
  const band = text.bands[assessment.band];
  const gaps = assessment.criticalGaps;
  return (
    <>
      <p>
        <strong class="score">{assessment.overall}</strong> {text.outOf}{' '}
        <span class={`band ${assessment.band}`}>{band.name}</span>
      </p>
      <p>{band.meaning}</p>
      {assessment.band !== assessment.uncappedBand && (
        <>
          <p>{fill(gaps.length > 1 ? text.capped.more : text.capped.one, { band: band.name })}</p>
          <ul>
            {gaps.map((id) => (
              <li key={id}>{questions.get(id)!.text}</li>
            ))}
          </ul>
        </>
      )}
      <p class="muted">{text.disclaimer}</p>
    </>
  );
}
