/**
 * @module The referral step, the component widget-referral.js registers. Three views, each
 * starting at its heading and each with a way back to the result: the postcode (skipped when
 * the partner names a network), the network with the form, and the confirmation. Nothing typed
 * here is stored: the step is gone after a reload, and so is every personal detail in it; only
 * the reference and network the API answered go back to the widget (`onSent`).
 */
import { Component } from 'preact';
import type { ReferralResponse } from '../../core/contracts';
import { announceReferral } from '../events';
import { fill } from '../../core/fill';
import type { ReferralStepProps } from '../runtime';
import { LookupFailed, networkById, networkForPostcode, type FoundNetwork } from './api';
import { Confirmation } from './Confirmation';
import { fieldProblem, pc4Of, type FieldProblem } from './form-rules';
import { en } from './i18n/en';
import { nl } from './i18n/nl';
import { NetworkLookup } from './NetworkLookup';
import { NetworkOffer } from './NetworkOffer';
import { PostcodeStep } from './PostcodeStep';
import { ReferralForm } from './ReferralForm';
import { adoptReferralSheet } from './sheet';

interface ReferralStepState {
  readonly view: 'postcode' | 'form' | 'sent';
  /** As typed in the postcode view. */
  readonly postcode: string;
  readonly problem?: FieldProblem;
  /** The four digits the network was found with; unset when the partner named the network. */
  readonly pc4?: number;
  readonly found?: FoundNetwork;
  readonly busy?: boolean;
  readonly failed?: boolean;
  readonly referral?: ReferralResponse;
}

const texts = { nl, en };

export class ReferralStep extends Component<ReferralStepProps, ReferralStepState> {
  override state: ReferralStepState = { view: this.props.network ? 'form' : 'postcode', postcode: this.props.profile.postcode ?? '' };
  // Plain ref objects: widget.js shares no createRef, which would only build the same.
  private readonly root: { current: HTMLElement | null } = { current: null };

  override componentDidMount(): void {
    adoptReferralSheet(this.root.current!);
    this.focus('h3');
    if (this.props.network) this.lookUpNetwork();
  }

  override componentDidUpdate(_: ReferralStepProps, previous: ReferralStepState): void {
    if (previous.view !== this.state.view) this.focus('h3');
  }

  private focus(selector: string): void {
    this.root.current?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The partner named a network. If no active network has that id (404), the postcode finds one. */
  private readonly lookUpNetwork = () => {
    this.setState({ busy: true, failed: false });
    networkById(this.props.api, this.props.network!).then(
      (found) => this.setState({ found, busy: false }),
      (error: unknown) =>
        this.setState(error instanceof LookupFailed && error.status === 404 ? { view: 'postcode', busy: false } : { busy: false, failed: true }),
    );
  };

  private readonly findNetwork = () => {
    const { postcode } = this.state;
    const problem = fieldProblem('postcode', postcode);
    if (problem) return this.setState({ problem }, () => this.focus('input'));
    const pc4 = pc4Of(postcode)!;
    this.setState({ problem: undefined, busy: true, failed: false });
    networkForPostcode(this.props.api, pc4, this.props.profile.sector).then(
      (found) => this.setState({ found, pc4, busy: false, view: 'form' }),
      () => this.setState({ busy: false, failed: true }, () => this.focus('input')),
    );
  };

  private readonly sent = (referral: ReferralResponse) => {
    announceReferral(this.props.host, referral.network.id);
    this.props.onSent(referral);
    this.setState({ view: 'sent', referral });
  };

  override render(props: ReferralStepProps, state: ReferralStepState) {
    return <section ref={this.root}>{this.view(props, state)}</section>;
  }

  private view(props: ReferralStepProps, state: ReferralStepState) {
    const text = texts[props.lang];
    const { view, found, pc4 } = state;
    if (view === 'sent') return <Confirmation {...props} text={text} referral={state.referral!} />;
    if (view === 'postcode') {
      return (
        <PostcodeStep
          text={text}
          value={state.postcode}
          problem={state.problem}
          busy={state.busy}
          failed={state.failed}
          onInput={(postcode) => this.setState({ postcode, problem: state.problem && fieldProblem('postcode', postcode) })}
          onFind={this.findNetwork}
          onClose={props.onClose}
        />
      );
    }
    return (
      <div>
        <h3 tabIndex={-1}>{found ? fill(text.form.title, { network: found.network.name }) : text.postcode.title}</h3>
        {found && (
          <NetworkOffer
            text={text.network}
            network={found.network}
            fallback={found.fallback}
            onOtherPostcode={pc4 === undefined ? undefined : () => this.setState({ view: 'postcode', found: undefined })}
          />
        )}
        {found ? (
          <ReferralForm {...props} text={text} network={found.network} pc4={pc4} onSent={this.sent} />
        ) : (
          <NetworkLookup text={text} failed={state.failed} onRetry={this.lookUpNetwork} onClose={props.onClose} />
        )}
      </div>
    );
  }
}
