/**
 * @module How similar companies score, one line under the score. Asked for only once the result
 * is shown, so it never delays it; the server words the line (core/statistics/comparison.ts),
 * which keeps this file to the few bytes of asking. Nothing shows when the request fails or the
 * visitor's size band is too small a group to publish.
 */
import { Component } from 'preact';
import type { Lang } from '../../core/bank/types';
import type { SizeId } from '../../core/profile/index';
import type { ComparisonResponse } from '../../core/statistics/comparison';

interface ComparisonProps {
  readonly api: string;
  readonly lang: Lang;
  readonly size: SizeId | undefined;
}

export class Comparison extends Component<ComparisonProps, Partial<ComparisonResponse>> {
  override componentDidMount(): void {
    const { api, lang, size } = this.props;
    if (size) {
      fetch(`${api}/api/v1/comparison?size=${encodeURIComponent(size)}&lang=${lang}`)
        .then((r) => r.json() as Promise<ComparisonResponse>)
        .then(({ line }) => this.setState({ line }), () => {});
    }
  }

  override render() {
    return this.state.line ? <p class="muted">{this.state.line}</p> : null;
  }
}
