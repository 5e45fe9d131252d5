/**
 * @module The second floor of the browser benchmark: the widget's own screens with the least code
 * around them. It renders the widget's screen components (Intro, ProfileStep, QuestionScreen)
 * with the Dutch texts and bank, in the widget's stylesheet, so its screens are the widget's by
 * construction; what it leaves out is what the flow does around them (saving progress, loading
 * chunks, the start event, the progress rules, `focusHeading`'s scroll check, the root's language
 * loading). Against it, a ratio is what that code costs; against the minimal floor (floor.tsx),
 * whose screens hold a heading and a few controls, the ratio is that code plus the content. It
 * bundles the whole bank, where widget.js leaves out what only scoring reads
 * (build/lean-bank.ts): more to parse at load, nothing more in a click. Built by the bench only,
 * never shipped.
 */
import { Component, render } from 'preact';
import type { Answer, Answers } from '../../../core/answers';
import type { Profile } from '../../../core/profile/index';
import { dutchBank } from '../../../widget/bank/load-bank';
import { Intro } from '../../../widget/components/Intro';
import { ProfileStep } from '../../../widget/components/ProfileStep';
import { QuestionScreen } from '../../../widget/components/QuestionScreen';
import { nlFlow } from '../../../widget/i18n/nl-flow';
import { widgetSheet } from '../../../widget/styles/sheets';

interface FloorState {
  readonly step: number;
  readonly profile: Profile;
  readonly answers: Answers;
}

class SameContentFloor extends Component<object, FloorState> {
  override state: FloorState = { step: 0, profile: {}, answers: {} };
  private readonly root: { current: HTMLDivElement | null } = { current: null };

  override componentDidUpdate(_: object, previous: FloorState): void {
    if (previous.step !== this.state.step) this.root.current?.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }

  override render(_: object, { step, profile, answers }: FloorState) {
    const next = () => this.setState({ step: step + 1 });
    const back = () => this.setState({ step: step - 1 });
    return (
      <div class="container">
        <div ref={this.root}>
          {step === 0 && (
            <Intro text={nlFlow.intro} questionCount={dutchBank.questions.length} organiser={undefined} counted={false} privacyHref="/privacy" onStart={next} />
          )}
          {step === 1 && <ProfileStep text={nlFlow} profile={profile} onChange={(changed) => this.setState({ profile: changed })} onBack={back} onNext={next} />}
          {/* The bench skips the profile, so every question is shown, as in the widget. */}
          {step >= 2 && (
            <QuestionScreen
              bank={dutchBank}
              index={step - 2}
              answers={answers}
              text={nlFlow}
              onAnswer={(id: string, answer: Answer) => this.setState({ answers: { ...answers, [id]: answer } })}
              onBack={back}
              onNext={next}
            />
          )}
        </div>
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
