/**
 * @module The first screen: what the check is, how long it takes, who offers it, that its
 * anonymous answers count for regional statistics (with the privacy statement), and a way out
 * for a company that is under attack right now.
 */
import { fill } from '../../core/fill';
import type { FlowText } from '../i18n/types';

interface IntroProps {
  readonly text: FlowText['intro'];
  readonly questionCount: number;
  /** Who offers the check, as the page names it; without it, a general line. */
  readonly organiser: string | undefined;
  /** False with `stats="off"`: nothing is counted, so the intro does not say it is. */
  readonly counted: boolean;
  /** The worker's privacy statement in the widget's language. */
  readonly privacyHref: string;
  readonly onStart: () => void;
  /** Why a result link in the address did not open. */
  readonly notice?: string;
}

export function Intro({ text, questionCount, organiser, counted, privacyHref, onStart, notice }: IntroProps) {
  return (
    <section part="intro">
      <h2 tabIndex={-1}>{text.title}</h2>
      {notice && <p class="hint">{notice}</p>}
      <p>{fill(text.lead, { count: questionCount })}</p>
      <ul>
        {text.facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
        {counted && <li>{text.statistics}</li>}
      </ul>
      <p class="muted">
        {organiser ? fill(text.organiserNamed, { name: organiser }) : text.organiser}{' '}
        <a href={privacyHref} target="_blank" rel="noopener">
          {text.privacy}
        </a>
      </p>
      <details>
        <summary>{text.hitNow.title}</summary>
        <ul>
          {text.hitNow.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </details>
      <button type="button" part="button" class="primary" onClick={onStart}>
        {text.start}
      </button>
    </section>
  );
}
