/**
 * @module The referral slot of the result: an invitation to ask the regional network for a scan
 * at the company, which opens the referral step in its place. The step is a second script,
 * loaded on first use (load-chunk.ts). While it loads, or after it failed to, the visitor
 * stays on the result and the same button tries again: there is no screen to get stuck on.
 * Once a request is sent, the slot says so, with its reference and the way to withdraw it; a
 * second request is asked for first, so that going back or reloading never sends one by accident.
 */
import { Component, type ComponentType } from 'preact';
import type { Band } from '../../core/scoring';
import { fill } from '../../core/fill';
import type { UiText } from '../i18n/types';
import { loadChunk } from '../load-chunk';
import { longDate } from '../long-date';
import type { ReferralStepProps } from '../runtime';
import type { SentReferral } from '../state/progress';
import { withdrawalPage } from '../withdrawal-link';

interface ReferralProps extends Omit<ReferralStepProps, 'onClose'> {
  readonly band: Band;
  readonly text: UiText['referral'];
  /** The request sent from this result, if any. */
  readonly sent?: SentReferral;
  /**
   * The invitation repeated at the end of the result: this line and button label instead of the
   * band's line and `open`, and a plain button, so the screen keeps one primary button (the first
   * invitation's) and each button its own name.
   */
  readonly repeat?: { readonly line: string; readonly open: string };
}

interface ReferralState {
  /** The referral step while it is open. */
  readonly step?: ComponentType<ReferralStepProps>;
  /** Loading, or why the step did not open. */
  readonly status?: string;
  /** "Send another request?" is on screen. */
  readonly asking?: boolean;
}

export class Referral extends Component<ReferralProps, ReferralState> {
  // A plain ref object, as in Flow.
  private readonly button: { current: HTMLButtonElement | null } = { current: null };

  private readonly open = () => {
    const { text } = this.props;
    this.setState({ status: text.loading, asking: false });
    loadChunk('referral').then(
      (step) => this.setState({ step, status: '' }),
      () => this.setState({ status: text.failed }),
    );
  };

  override render(props: ReferralProps, { step: Step, status, asking }: ReferralState) {
    const { text, sent } = props;
    // Closed, back to the button that opened it. (Opened, the step moves focus to its own heading.)
    const close = () => this.setState({ step: undefined }, () => this.button.current!.focus());
    if (Step) return <Step {...props} onClose={close} />;
    return (
      // Without a sent request it is only an invitation, which print.css leaves off paper.
      <div class={sent ? 'hint' : 'hint invite'}>
        {sent ? (
          <p>
            {fill(text.sent, {
              date: longDate(props.lang, sent.sentOn),
              network: sent.network.name,
              reference: sent.reference,
            })}{' '}
            <a href={withdrawalPage(props.api, sent.reference, props.lang)} target="_blank" rel="noopener">
              {text.withdraw}
            </a>
          </p>
        ) : (
          <p>{props.repeat?.line ?? text.invite[props.band]}</p>
        )}
        {asking && <p>{fill(text.againAsk, { network: sent!.network.name })}</p>}
        <button
          ref={this.button}
          type="button"
          part="button"
          class={sent || props.repeat ? undefined : 'primary'}
          onClick={sent && !asking ? () => this.setState({ asking: true }) : this.open}
        >
          {sent ? (asking ? text.againYes : text.again) : (props.repeat?.open ?? text.open)}
        </button>
        {asking && (
          <button type="button" part="button" onClick={() => this.setState({ asking: false })}>
            {text.againNo}
          </button>
        )}
        {/* Always in the page, so that screen readers announce what appears in it. */}
        <p role="status">{status}</p>
      </div>
    );
  }
}
