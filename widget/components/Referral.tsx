/**
 * @module The referral slot of the result: an invitation to ask the regional network for a scan
 * at the company, which opens the referral step in its place. The step is a second script,
 * loaded on first use (load-chunk.ts). While it loads, or after it failed to, the visitor
 * stays on the result and the same button tries again: there is no screen to get stuck on.
 */
import { Component, type ComponentType } from 'preact';
import type { Band } from '../../core/scoring';
import type { UiText } from '../i18n/types';
import { loadChunk } from '../load-chunk';
import type { ReferralStepProps } from '../runtime';

interface ReferralProps extends Omit<ReferralStepProps, 'onClose'> {
  readonly band: Band;
  readonly text: UiText['referral'];
}

interface ReferralState {
  /** The referral step while it is open. */
  readonly step?: ComponentType<ReferralStepProps>;
  /** Loading, or why the step did not open. */
  readonly status?: string;
}

export class Referral extends Component<ReferralProps, ReferralState> {
  // A plain ref object, as in Flow.
  private readonly button: { current: HTMLButtonElement | null } = { current: null };

  private readonly open = () => {
    const { text } = this.props;
    this.setState({ status: text.loading });
    loadChunk('referral').then(
      (step) => this.setState({ step, status: '' }),
      () => this.setState({ status: text.failed }),
    );
  };

  override render(props: ReferralProps, { step: Step, status }: ReferralState) {
    // Closed, back to the button that opened it. (Opened, the step moves focus to its own heading.)
    const close = () => this.setState({ step: undefined }, () => this.button.current!.focus());
    if (Step) return <Step {...props} onClose={close} />;
    return (
      <div class="hint">
        <p>{props.text.invite[props.band]}</p>
        <button ref={this.button} type="button" part="button" class="primary" onClick={this.open}>
          {props.text.open}
        </button>
        {/* Always in the page, so that screen readers announce what appears in it. */}
        <p role="status">{status}</p>
      </div>
    );
  }
}
