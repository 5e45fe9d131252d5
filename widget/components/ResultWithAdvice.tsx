/**
 * @module The result with the bank's advice. A Dutch widget has it from widget-advice.js, which
 * the flow starts loading at the first question, so it is normally here already and the result
 * needs no request for it. If it is not, the score shows and the advice's place
 * says it is loading; after a failed load, a clear message and a button that tries again.
 */
import { Component } from 'preact';
import type { BankAdvice } from '../../core/bank/types';
import { loadChunk } from '../load-chunk';
import { runtime } from '../runtime';
import { ResultScreen, type ResultScreenProps } from './ResultScreen';

interface ResultWithAdviceProps extends Omit<ResultScreenProps, 'advice' | 'adviceStatus'> {
  /** The advice when the widget has it already: an English widget's, fetched with its bank. */
  readonly advice: BankAdvice | undefined;
}

interface ResultWithAdviceState {
  readonly advice?: BankAdvice | undefined;
  readonly failed?: boolean;
}

export class ResultWithAdvice extends Component<ResultWithAdviceProps, ResultWithAdviceState> {
  override state: ResultWithAdviceState = { advice: this.props.advice ?? runtime.advice };

  override componentDidMount(): void {
    if (!this.state.advice) this.load();
  }

  private readonly load = (): void => {
    this.setState({ failed: false });
    loadChunk('advice').then(
      (advice) => this.setState({ advice }),
      () => this.setState({ failed: true }),
    );
  };

  override render(props: ResultWithAdviceProps, { advice, failed }: ResultWithAdviceState) {
    const { text } = props;
    // Always the same ResultScreen, so its heading keeps the focus when the advice arrives.
    const status = failed ? (
      <div>
        <p role="alert">{text.adviceFailed}</p>
        <button type="button" part="button" class="primary" onClick={this.load}>
          {text.retry}
        </button>
      </div>
    ) : (
      <p role="status">{text.adviceLoading}</p>
    );
    return <ResultScreen {...props} advice={advice} adviceStatus={status} />;
  }
}
