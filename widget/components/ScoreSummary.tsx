/** @module The overall score with its band in words, so colour is never the only signal. */
import type { Assessment } from '../../core/scoring';
import type { UiText } from '../i18n/types';

interface ScoreSummaryProps {
  readonly assessment: Assessment;
  readonly text: UiText['result'];
}

export function ScoreSummary({ assessment, text }: ScoreSummaryProps) {
  const band = text.bands[assessment.band];
  return (
    <>
      <p>
        <strong class="score">{assessment.overall}</strong> {text.outOf}{' '}
        <span class={`band ${assessment.band}`}>{band.name}</span>
      </p>
      <p>{band.meaning}</p>
      {assessment.criticalGaps.length > 0 && <p>{text.criticalGapNote}</p>}
      <p class="muted">{text.disclaimer}</p>
    </>
  );
}
