/**
 * @module The widget's root: provides the UI strings and the bank in the visitor's language
 * before the flow, and the code that opens a result link or older saved progress when there is one.
 */
import { Component } from 'preact';
import { bankStructure } from '../../core/bank/index';
import type { BankAdvice, QuestionBank } from '../../core/bank/types';
import { adviceOf, dutchBank, fetchBank } from '../bank/load-bank';
import { nlFlow } from '../i18n/nl-flow';
import type { FlowText } from '../i18n/types';
import { loadChunk } from '../load-chunk';
import { runtime, type Chunks } from '../runtime';
import { needsRestore } from '../state/opening';
import { storageKey } from '../state/saved-progress';
import { readStored } from '../state/storage';
import { fetchOrganiser } from '../organiser';
import { Flow } from './Flow';
import { LanguageStatus } from './LanguageStatus';
import type { CyberScanProps } from './props';

interface CyberScanState {
  /** Both null while English or widget-restore.js loads. */
  readonly text: FlowText | null;
  readonly bank: QuestionBank | null;
  /** An English bank's advice, which comes with it; the Dutch advice is widget-advice.js. */
  readonly advice?: BankAdvice;
  readonly failed?: boolean;
  /** widget-restore.js's opener, once loaded for this instance. */
  readonly restore?: Chunks['restore'] | undefined;
  /** The partner's registered name, when the page names no organiser. */
  readonly organiser?: string;
}

/**
 * Dutch is bundled and renders at once. English loads first, in parallel: its UI strings from
 * widget-en.js, its bank from the API. A result link in the page's address, or progress saved
 * against another question list, first loads widget-restore.js, in parallel with those (and
 * with widget-result.js, which a link mostly opens on); until
 * all is there, and after a failure, the status says so with a way forward. Options are fixed
 * for the life of an instance: `mount` gives each set of options its own instance.
 */
export class CyberScan extends Component<CyberScanProps, CyberScanState> {
  private readonly restores = !runtime.restore && needsRestore(bankStructure, readStored(storageKey(this.props.partner)));
  override state: CyberScanState = this.props.lang === 'nl' && !this.restores ? { text: nlFlow, bank: dutchBank } : { text: null, bank: null };

  override componentDidMount(): void {
    if (!this.state.bank) this.load();
    const { api, partner, organiser } = this.props;
    // In a task of its own: starting a request cost the first render's task about 10 ms at 4x.
    if (!organiser && partner) setTimeout(() => fetchOrganiser(api, partner).then((name) => name && this.setState({ organiser: name })));
  }

  private readonly load = (): void => {
    const english = this.props.lang !== 'nl';
    this.setState({ failed: false });
    // A link mostly opens on its result: widget-result.js loads alongside, not after (one round trip).
    if (this.restores && !runtime.result) loadChunk('result').catch(() => {});
    // The loaders share one request per page and forget a failure, so a retry asks again only for what failed.
    Promise.all([english && loadChunk('en'), english && fetchBank(this.props.api, this.props.lang), this.restores && loadChunk('restore')]).then(
      ([text, bank, restore]) => this.setState({ ...(text && bank ? { text, bank, advice: adviceOf(bank) } : { text: nlFlow, bank: dutchBank }), restore: restore || undefined }),
      () => this.setState({ failed: true }),
    );
  };

  override render(props: CyberScanProps, { text, bank, advice, failed, restore, organiser }: CyberScanState) {
    return (
      <div part="container" class="container" lang={props.lang}>
        {text && bank ? (
          <Flow {...props} organiser={props.organiser || organiser} bank={bank} advice={advice} text={text} restore={restore} />
        ) : (
          <LanguageStatus failed={!!failed} onRetry={this.load} />
        )}
      </div>
    );
  }
}
