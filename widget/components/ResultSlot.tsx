/**
 * @module Where the result goes in widget.js. The result screen is a chunk, widget-result.js,
 * that the flow starts loading at the first question, so it is normally here already and the
 * result renders in the click, with no request. If it is not, the heading shows and says the result is
 * loading; after a failed load, a clear message and a button that tries again: the answers stay.
 */
import { Component, type ComponentType } from 'preact';
import { loadChunk } from '../load-chunk';
import { runtime, type FlowResultProps } from '../runtime';

interface ResultSlotState {
  readonly View?: ComponentType<FlowResultProps> | undefined;
  readonly failed?: boolean;
}

export class ResultSlot extends Component<FlowResultProps, ResultSlotState> {
  override state: ResultSlotState = { View: runtime.result };

  override componentDidMount(): void {
    if (!this.state.View) this.load();
  }

  private readonly load = (): void => {
    this.setState({ failed: false });
    loadChunk('result').then(
      (View) => this.setState({ View }),
      () => this.setState({ failed: true }),
    );
  };

  override render(props: FlowResultProps, { View, failed }: ResultSlotState) {
    const text = props.text.result;
    // The section and its heading stay the same elements when the screen arrives, so the heading keeps the focus.
    return (
      <section part="result">
        <h2 tabIndex={-1}>{text.title}</h2>
        {View ? (
          <View {...props} />
        ) : failed ? (
          <div>
            <p role="alert">{text.failed}</p>
            <button type="button" part="button" class="primary" onClick={this.load}>
              {text.retry}
            </button>
          </div>
        ) : (
          <p role="status">{text.loading}</p>
        )}
      </section>
    );
  }
}
