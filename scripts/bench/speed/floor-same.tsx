/**
 * @module The second floor of the browser benchmark: the widget's own screens with the least code.
 * The same Dutch texts, profile choices and questions, the same elements and the same stylesheet
 * as the widget, in one Preact component with no saving, no chunks and no events. Left out: what
 * lays nothing out (`part`, `lang`, the postcode's `pattern`), the intro's privacy link and
 * `focusHeading`'s scroll check; and it bundles the whole bank, where widget.js leaves out what
 * only scoring reads (build/lean-bank.ts): more to parse at load, nothing more in a click. Against it, a
 * ratio is what the widget's code costs; against the minimal floor (floor.tsx), whose screens
 * hold a heading and a few controls, the ratio is that code plus the content. Built by the bench
 * only, never shipped.
 */
import { Component, render } from 'preact';
import { isShown } from '../../../core/bank/visibility';
import { fill } from '../../../core/fill';
import { dutchBank } from '../../../widget/bank/load-bank';
import { nlFlow as text } from '../../../widget/i18n/nl-flow';
import { widgetSheet } from '../../../widget/styles/sheets';

const questions = dutchBank.questions.filter((q) => isShown(q, {}));

interface FloorState {
  readonly step: number;
  readonly choice?: string;
}

/** The widget's radio group (ChoiceGroup), inline. */
const choices = (name: string, options: readonly { id: string; label: string }[], chosen: string | undefined, choose: (id: string) => void) => (
  <div class="choices">
    {options.map((o) => (
      <label key={o.id}>
        <input type="radio" name={name} value={o.id} checked={chosen === o.id} onChange={() => choose(o.id)} />
        <span>{o.label}</span>
      </label>
    ))}
  </div>
);

class SameContentFloor extends Component<object, FloorState> {
  override state: FloorState = { step: 0 };
  private readonly root: { current: HTMLDivElement | null } = { current: null };

  override componentDidUpdate(_: object, previous: FloorState): void {
    if (previous.step !== this.state.step) this.root.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }

  override render(_: object, { step, choice }: FloorState) {
    const next = (event?: Event) => {
      event?.preventDefault();
      this.setState({ step: step + 1, choice: undefined });
    };
    const choose = (id: string) => this.setState({ choice: id });
    const nav = (
      <div class="nav">
        <button type="button">{text.nav.back}</button>
        {step === 1 && (
          <button type="button" onClick={() => next()}>
            {text.profile.skip}
          </button>
        )}
        <button type="submit" class="primary">
          {text.nav.next}
        </button>
      </div>
    );
    const question = questions[step - 2];
    return (
      <div class="container" ref={this.root}>
        {step === 0 && (
          <section>
            <h2 tabIndex={-1}>{text.intro.title}</h2>
            <p>{fill(text.intro.lead, { count: questions.length })}</p>
            <ul>
              {text.intro.facts.map((fact) => (
                <li key={fact}>{fact}</li>
              ))}
            </ul>
            <p class="muted">{text.intro.organiser}</p>
            <details>
              <summary>{text.intro.hitNow.title}</summary>
              <ul>
                {text.intro.hitNow.steps.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </details>
            <button type="button" class="primary" onClick={() => next()}>
              {text.intro.start}
            </button>
          </section>
        )}
        {step === 1 && (
          <form onSubmit={next}>
            <h2 tabIndex={-1}>{text.profile.title}</h2>
            <p>{text.profile.lead}</p>
            <fieldset>
              <legend>{text.profile.sector}</legend>
              {choices('sector', text.profile.options.sectors, choice, choose)}
            </fieldset>
            <fieldset>
              <legend>{text.profile.size}</legend>
              {choices('size', text.profile.options.sizes, undefined, choose)}
            </fieldset>
            <div class="field">
              <label for="postcode">{text.profile.postcode}</label>
              <input id="postcode" name="postcode" inputMode="numeric" maxLength={4} />
            </div>
            {nav}
          </form>
        )}
        {question && (
          <>
            <div class="progress">
              <p aria-live="polite">
                <span>{fill(text.question.progress, { n: step - 1, total: questions.length })}</span>{' '}
                <span class="muted">{dutchBank.principles.find((p) => p.id === question.principle)?.title}</span>
              </p>
              <svg class="bar" viewBox={`0 0 ${questions.length} 1`} preserveAspectRatio="none" aria-hidden="true">
                <rect class="track" width={questions.length} height="1" />
                <rect class="fill" width={step - 1} height="1" />
              </svg>
            </div>
            <form onSubmit={next}>
              <fieldset>
                <legend>
                  <h2 key={step} tabIndex={-1}>
                    {question.text}
                  </h2>
                </legend>
                {choices('answer', question.answers.map((a) => ({ id: a, label: text.answers[a] })), choice, choose)}
              </fieldset>
              <details key={step}>
                <summary>{text.question.why}</summary>
                <p>{question.why}</p>
              </details>
              {nav}
            </form>
          </>
        )}
      </div>
    );
  }
}

customElements.define(
  'bench-floor-same',
  class extends HTMLElement {
    connectedCallback(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [widgetSheet()];
      render(<SameContentFloor />, root);
    }
  },
);
