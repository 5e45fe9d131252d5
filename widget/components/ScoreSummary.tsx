/**
 * @module The overall score with its band in words, so colour is never the only signal; critical
 * gaps are named (their questions), and where their ceiling decided the band, as its reason.
 */
import type { QuestionOnScreen } from '../../core/bank/types';
import { ceilingFor, type Assessment } from '../../core/scoring';
import { fill } from '../../core/fill';
import type { UiText } from '../i18n/types';

interface ScoreSummaryProps {
  readonly assessment: Assessment;
  readonly questions: ReadonlyMap<string, QuestionOnScreen>;
  readonly text: UiText['result'];
}

export function ScoreSummary({ assessment, questions, text }: ScoreSummaryProps) {
  const band = text.bands[assessment.band];
  const gaps = assessment.criticalGaps;
  // The ceiling decided the band (core/scoring.ts): then the missing measures are the reason for it.
  const capped = gaps.length > 0 && assessment.overall === ceilingFor(gaps.length);
  return (
    <>
      <p>
        <strong class="score">{assessment.overall}</strong> {text.outOf}{' '}
        <span class={`band ${assessment.band}`}>{band.name}</span>
      </p>
      <p>{band.meaning}</p>
      {gaps.length > 0 && (
        <>
          <p>{capped ? fill(gaps.length > 1 ? text.capped.more : text.capped.one, { band: band.name }) : text.criticalGapNote}</p>
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
