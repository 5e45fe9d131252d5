/** @module The first screen: what the scan is, how long it takes, who offers it. */
import { fill } from '../i18n/fill';
import type { UiText } from '../i18n/types';

interface IntroProps {
  readonly text: UiText['intro'];
  readonly questionCount: number;
  readonly onStart: () => void;
  /** Why a result link in the address did not open. */
  readonly notice?: string;
}

export function Intro({ text, questionCount, onStart, notice }: IntroProps) {
  return (
    <section part="intro">
      <h2 tabIndex={-1}>{text.title}</h2>
      {notice && <p class="hint">{notice}</p>}
      <p>{fill(text.lead, { count: questionCount })}</p>
      <ul>
        {text.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      <p class="muted">{text.organiser}</p>
      <button type="button" part="button" class="primary" onClick={onStart}>
        {text.start}
      </button>
    </section>
  );
}
