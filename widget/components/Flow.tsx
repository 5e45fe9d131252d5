/**
 * @module The assessment from intro to result: keeps and saves the visitor's progress, moves
 * focus between screens, tells the host page when the visitor starts, and has the result screen
 * (widget-result.js) announce the completion and send the anonymous result.
 * State lives in class components, not hooks: preact/hooks would add about 1 kB gzip to
 * widget.js, whose every byte counts (its budget is in build/targets.ts).
 */
import { Component } from 'preact';
import { bankStructure } from '../../core/bank/index';
import type { BankAdvice, QuestionBank } from '../../core/bank/types';
import { isShown, visibleBank } from '../../core/bank/visibility';
import { announceStart } from '../events';
import { focusHeading } from '../focus-heading';
import { fill } from '../../core/fill';
import type { FlowText } from '../i18n/types';
import { advance, isPristine, type Progress, type ProgressAction, type SentReferral } from '../state/progress';
import { openingFor } from '../state/opening';
import { storageKey } from '../state/saved-progress';
import { questionStep, screenAt } from '../state/steps';
import { loadChunk } from '../load-chunk';
import { runtime, type Chunks } from '../runtime';
import { readStored, storeSoon } from '../state/storage';
import { whenIdle } from '../when-idle';
import { Intro } from './Intro';
import { ProfileStep } from './ProfileStep';
import type { CyberScanProps } from './props';
import { QuestionScreen } from './QuestionScreen';
import { ResultSlot } from './ResultSlot';

export interface FlowProps extends CyberScanProps {
  /** The bank's texts; scoring and step counting always use the bundled `bankStructure`. */
  readonly bank: QuestionBank;
  /** The bank's advice when it came with the bank (English); else the result loads widget-advice.js. */
  readonly advice?: BankAdvice | undefined;
  readonly text: FlowText;
  /** widget-restore.js's opener when the root loaded it for a link or older saved progress (state/opening.ts). */
  readonly restore?: Chunks['restore'] | undefined;
}

export class Flow extends Component<FlowProps, Progress> {
  // Read once: where the visitor starts, and a result link in the page's address (what it opens, or why it cannot).
  private readonly opening = openingFor(bankStructure, this.props.bank.lang, readStored(storageKey(this.props.partner)), this.props.restore);
  override state: Progress = this.opening.progress;
  // A plain ref object: createRef would only build the same, in more bytes.
  private readonly screens: { current: HTMLDivElement | null } = { current: null };

  override componentDidMount(): void {
    this.preload();
  }

  /**
   * From the first question on, the result screen (widget-result.js) and, for a Dutch widget, its
   * advice (widget-advice.js) load in the background, so that the result needs no request: once
   * the question is on screen and the page idle, not in the click that opens it. Once per page; a
   * failure is forgotten, and the next screen or the result tries again.
   */
  private preload(): void {
    if (this.state.step < questionStep(0)) return;
    whenIdle(() => {
      if (!runtime.result) loadChunk('result').catch(() => {});
      if (!this.props.advice && !runtime.advice) loadChunk('advice').catch(() => {});
    });
  }

  override componentDidUpdate(_: FlowProps, previous: Progress): void {
    this.preload();
    // Only the visitor's own changes are saved: a render for new props (the partner's name
    // arriving) must not save a result opened from a link. Made when written, after the paint:
    // the newest progress then, however many changes came between.
    if (previous !== this.state) storeSoon(storageKey(this.props.partner), () => (isPristine(this.state) ? null : JSON.stringify(this.state)));
    // A new screen: start keyboard and screen-reader users at its heading. Never on the first
    // render, so a widget does not pull focus away while the host page loads.
    if (previous.step !== this.state.step) {
      const heading = this.screens.current?.querySelector<HTMLElement>('[tabindex="-1"]');
      if (heading) focusHeading(heading);
    }
  }

  private act(action: ProgressAction): void {
    this.setState((progress) => advance(bankStructure, progress, action));
  }

  private readonly start = () => {
    announceStart(this.props.host);
    this.act({ type: 'start' });
  };
  private readonly back = () => this.act({ type: 'back' });
  private readonly sent = (referral: SentReferral) => this.setState({ referral });
  // From the click on the last question until the result screen has announced it: so re-rendering
  // or resuming a result never repeats the event or the anonymous result. Not saved: a visitor
  // who leaves before widget-result.js ever arrives completes nothing.
  private completing = false;
  private readonly complete = (submissionId: string | undefined) => {
    this.completing = false;
    if (submissionId) this.setState({ submissionId });
  };
  private readonly next = () => {
    const { step, profile } = this.state;
    // Only on the visitor's action; widget-result.js does the rest once it shows the result.
    if (step === questionStep(visibleBank(bankStructure, profile).questions.length - 1)) this.completing = true;
    this.act({ type: 'next' });
  };

  override render(props: FlowProps, progress: Progress) {
    const { text } = props;
    // Only the questions that fit the company's profile are stepped through.
    const bank = { ...props.bank, questions: props.bank.questions.filter((q) => isShown(q, progress.profile)) };
    const screen = screenAt(progress.step, bank.questions.length);
    return (
      <div ref={this.screens}>
        {progress.notice && <p role="status">{fill({ ...this.opening.notices, ...text.question.notice }[progress.notice]!, { count: Object.keys(progress.answers).length })}</p>}
        {screen.kind === 'intro' && (
          <Intro
            text={text.intro}
            questionCount={props.bank.questions.length}
            organiser={props.organiser}
            counted={props.stats !== 'off'}
            privacyHref={`${props.api}/privacy?lang=${props.bank.lang}`}
            onStart={this.start}
            notice={this.opening.problem}
          />
        )}
        {screen.kind === 'profile' && (
          <ProfileStep
            text={text}
            profile={progress.profile}
            onChange={(profile) => this.act({ type: 'profile', profile })}
            onBack={this.back}
            onNext={this.next}
          />
        )}
        {screen.kind === 'question' && (
          <QuestionScreen
            bank={bank}
            index={screen.index}
            answers={progress.answers}
            text={text}
            onAnswer={(questionId, answer) => this.act({ type: 'answer', questionId, answer })}
            onBack={this.back}
            onNext={this.next}
          />
        )}
        {screen.kind === 'result' && (
          <ResultSlot
            options={props}
            bank={bank}
            advice={props.advice}
            text={text}
            progress={progress}
            onComplete={this.completing ? this.complete : undefined}
            onRestart={() => this.act({ type: 'restart' })}
            onRecheck={() => this.act({ type: 'recheck' })}
            onSent={this.sent}
          />
        )}
      </div>
    );
  }
}
