/**
 * @module Turnstile in the referral form, rendered only where the worker asks for it. It hands
 * the form a token, or tells it that the check failed or could not load at all.
 */
import { Component } from 'preact';
import { loadTurnstile } from './turnstile-script';

interface BotCheckProps {
  readonly siteKey: string;
  readonly scriptUrl: string;
  /** A fresh token, or undefined when the last one expired. */
  readonly onToken: (token: string | undefined) => void;
  /** `blocked`: the script did not load; `botFailed`: the challenge was not passed. */
  readonly onProblem: (problem: 'blocked' | 'botFailed') => void;
}

export class BotCheck extends Component<BotCheckProps> {
  private readonly box: { current: HTMLDivElement | null } = { current: null };
  private widgetId: string | null | undefined;
  private gone = false;

  override componentDidMount(): void {
    const { siteKey, scriptUrl, onToken, onProblem } = this.props;
    loadTurnstile(scriptUrl).then(
      (turnstile) => {
        if (this.gone || !this.box.current) return;
        this.widgetId = turnstile.render(this.box.current, {
          sitekey: siteKey,
          callback: onToken,
          'error-callback': () => onProblem('botFailed'),
          'expired-callback': () => onToken(undefined),
        });
      },
      () => this.gone || onProblem('blocked'),
    );
  }

  override componentWillUnmount(): void {
    this.gone = true;
    if (this.widgetId) window.turnstile?.remove(this.widgetId);
  }

  override render() {
    return <div class="botcheck" ref={this.box} />;
  }
}
