/**
 * @module "Opnieuw beginnen", which wipes the result and the answers: it asks first, in the page
 * (no window.confirm, which partner sites may block and screen readers announce poorly).
 */
import { Component } from 'preact';
import type { UiText } from '../i18n/types';

interface RestartButtonProps {
  readonly text: UiText['result'];
  readonly onRestart: () => void;
}

export class RestartButton extends Component<RestartButtonProps, { asking?: boolean }> {
  // A plain ref object, as in Flow.
  private readonly place: { current: HTMLDivElement | null } = { current: null };

  /** Asking: focus the question; kept: back to the button, so keyboard users stay where they were. */
  private readonly ask = (asking: boolean) =>
    this.setState({ asking }, () => this.place.current?.querySelector<HTMLElement>(asking ? 'p' : 'button')?.focus());

  override render({ text, onRestart }: RestartButtonProps, { asking }: { asking?: boolean }) {
    return (
      <div ref={this.place}>
        {asking ? (
          <>
            <p tabIndex={-1}>{text.restartAsk}</p>
            <button type="button" part="button" onClick={onRestart}>
              {text.restartYes}
            </button>
            <button type="button" part="button" onClick={() => this.ask(false)}>
              {text.restartNo}
            </button>
          </>
        ) : (
          <button type="button" part="button" onClick={() => this.ask(true)}>
            {text.restart}
          </button>
        )}
      </div>
    );
  }
}
