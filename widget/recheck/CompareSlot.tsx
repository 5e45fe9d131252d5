/**
 * @module Where a re-check's result shows before and after: loads widget-compare.js, which only
 * re-checks need, and says so if it could not, with a button that tries again. The result
 * itself never waits for it.
 */
import { Component, type ComponentType } from 'preact';
import { loadChunk } from '../load-chunk';
import { runtime } from '../runtime';
import type { RecheckComparisonProps } from './RecheckComparison';
import { recheckWords } from './recheck-words';

interface CompareSlotState {
  readonly view?: ComponentType<RecheckComparisonProps> | undefined;
  readonly failed?: boolean;
}

export class CompareSlot extends Component<RecheckComparisonProps, CompareSlotState> {
  override state: CompareSlotState = { view: runtime.compare };

  override componentDidMount(): void {
    if (!this.state.view) this.load();
  }

  private readonly load = (): void => {
    this.setState({ failed: false });
    loadChunk('compare').then(
      (view) => this.setState({ view }),
      () => this.setState({ failed: true }),
    );
  };

  override render(props: RecheckComparisonProps, { view: View, failed }: CompareSlotState) {
    if (View) return <View {...props} />;
    const words = recheckWords[props.lang];
    return (
      <div class="hint">
        <p role="status">{failed ? words.compareFailed : words.compareLoading}</p>
        {failed && (
          <button type="button" part="button" onClick={this.load}>
            {words.retry}
          </button>
        )}
      </div>
    );
  }
}
