/** @module The widget's root: provides the UI strings and the bank in the visitor's language before the flow. */
import { Component } from 'preact';
import type { BankAdvice, QuestionBank } from '../../core/bank/types';
import { adviceOf, dutchBank, fetchBank } from '../bank/load-bank';
import { nlFlow } from '../i18n/nl-flow';
import type { FlowText } from '../i18n/types';
import { loadChunk } from '../load-chunk';
import { fetchOrganiser } from '../organiser';
import { Flow } from './Flow';
import { LanguageStatus } from './LanguageStatus';
import type { CyberScanProps } from './props';

interface CyberScanState {
  /** Both null while English loads. */
  readonly text: FlowText | null;
  readonly bank: QuestionBank | null;
  /** An English bank's advice, which comes with it; the Dutch advice is widget-advice.js. */
  readonly advice?: BankAdvice;
  readonly failed?: boolean;
  /** The partner's registered name, when the page names no organiser. */
  readonly organiser?: string;
}

/**
 * Dutch is bundled and renders at once. English loads first, in parallel: its UI strings from
 * widget-en.js, its bank from the API. Options are fixed for the life of an instance: `mount`
 * gives each set of options its own instance.
 */
export class CyberScan extends Component<CyberScanProps, CyberScanState> {
  override state: CyberScanState = this.props.lang === 'nl' ? { text: nlFlow, bank: dutchBank } : { text: null, bank: null };

  override componentDidMount(): void {
    if (!this.state.bank) this.load();
    const { api, partner, organiser } = this.props;
    if (!organiser && partner) fetchOrganiser(api, partner).then((name) => name && this.setState({ organiser: name }));
  }

  private readonly load = (): void => {
    this.setState({ failed: false });
    // Both loaders share one request per page and forget a failure, so a retry asks again only for what failed.
    Promise.all([loadChunk('en'), fetchBank(this.props.api, this.props.lang)]).then(
      ([text, bank]) => this.setState({ text, bank, advice: adviceOf(bank) }),
      () => this.setState({ failed: true }),
    );
  };

  override render(props: CyberScanProps, { text, bank, advice, failed, organiser }: CyberScanState) {
    return (
      <div part="container" class="container" lang={props.lang}>
        {text && bank ? <Flow {...props} organiser={props.organiser || organiser} bank={bank} advice={advice} text={text} /> : <LanguageStatus failed={!!failed} onRetry={this.load} />}
      </div>
    );
  }
}
