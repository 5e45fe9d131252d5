/**
 * @module The floor of the browser benchmark: the least a widget like ours can be. A Preact custom
 * element with a shadow root and three kinds of screen (start, a skippable step, questions one
 * after another), moving focus to each screen's heading as the widget does. Built by the bench only, never shipped.
 */
import { Component, render } from 'preact';

interface FloorState {
  readonly step: number;
  readonly answer?: string;
}

const CHOICES = ['Ja', 'Deels', 'Nee', 'Weet ik niet'];

class Floor extends Component<object, FloorState> {
  override state: FloorState = { step: 0 };
  private readonly root: { current: HTMLDivElement | null } = { current: null };

  override componentDidUpdate(_: object, previous: FloorState): void {
    if (previous.step !== this.state.step) this.root.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }

  override render(_: object, { step, answer }: FloorState) {
    const next = () => this.setState({ step: step + 1 });
    return (
      <div ref={this.root}>
        {step === 0 && (
          <section>
            <h2 tabIndex={-1}>Start</h2>
            <button type="button" onClick={next}>Start de scan</button>
          </section>
        )}
        {step === 1 && (
          <section>
            <h2 tabIndex={-1}>Over je bedrijf</h2>
            <button type="button" onClick={next}>Overslaan</button>
          </section>
        )}
        {step >= 2 && (
          // Keyed by the step, as the widget keys a question by its id: each question is a new screen.
          <fieldset key={step}>
            <legend>
              <h2 tabIndex={-1}>Vraag {step - 1}</h2>
            </legend>
            {CHOICES.map((choice) => (
              <label key={choice}>
                <input type="radio" name="q" checked={answer === choice} onChange={() => this.setState({ answer: choice })} />
                {choice}
              </label>
            ))}
            <button type="button" onClick={next}>Volgende</button>
          </fieldset>
        )}
      </div>
    );
  }
}

customElements.define(
  'bench-floor',
  class extends HTMLElement {
    connectedCallback(): void {
      render(<Floor />, this.shadowRoot ?? this.attachShadow({ mode: 'open' }));
    }
  },
);
