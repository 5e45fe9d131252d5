/** @module The first screen: what the check is, how long it takes, who offers it. */
import { fill } from '../i18n/fill';
import type { UiText } from '../i18n/types';

interface IntroProps {
  readonly text: UiText['intro'];
  readonly questionCount: number;
  readonly onStart: () => void;
}

export function Intro({ text, questionCount, onStart }: IntroProps) {
  return (
    <section part="intro">
      <h2 tabIndex={-1}>{text.title}</h2>
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
