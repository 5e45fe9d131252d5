/** @module The widget's root: picks the UI language and provides the bank before the flow. */
import { Component } from 'preact';
import type { Lang, LocalisedBank } from '../../core/bank/types';
import { dutchBank, fetchBank } from '../bank/load-bank';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import type { UiText } from '../i18n/types';
import type { WidgetOptions } from '../options';
import { BankStatus } from './BankStatus';
import { Flow } from './Flow';

const uiText: Readonly<Record<Lang, UiText>> = { nl, en };

export interface CyberScanProps extends WidgetOptions {
  /** The element events are dispatched on (the custom element or the mount target). */
  readonly host: HTMLElement;
}

interface CyberScanState {
  /** Null while a fetched bank loads. */
  readonly bank: LocalisedBank | null;
  readonly failed?: boolean;
}

/**
 * Dutch is bundled and renders at once; another language is fetched first. Options are fixed
 * for the life of an instance: `mount` gives each set of options its own instance.
 */
export class CyberScan extends Component<CyberScanProps, CyberScanState> {
  override state: CyberScanState = { bank: this.props.lang === 'nl' ? dutchBank : null };

  override componentDidMount(): void {
    if (!this.state.bank) this.load();
  }

  private readonly load = (): void => {
    this.setState({ failed: false });
    fetchBank(this.props.api, this.props.lang).then(
      (bank) => this.setState({ bank }),
      () => this.setState({ failed: true }),
    );
  };

  override render(props: CyberScanProps, { bank, failed }: CyberScanState) {
    const text = uiText[props.lang];
    return (
      <div part="container" class="container" lang={props.lang}>
        {bank ? (
          <Flow {...props} bank={bank} text={text} />
        ) : (
          <BankStatus failed={!!failed} text={text.bank} onRetry={this.load} />
        )}
      </div>
    );
  }
}
