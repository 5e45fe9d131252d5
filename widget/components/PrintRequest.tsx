/**
 * @module On paper, after a request for a scan: the network, the website it publishes (its
 * contact route; no e-mail address or phone number is invented), and the reference to quote.
 * The website is fetched when the result shows, so it is there when the visitor prints; without
 * it (offline, or a network without a website) the line still names the network and the reference.
 */
import { Component } from 'preact';
import type { NetworkResponse } from '../../core/contracts';
import { fill } from '../../core/fill';
import type { UiText } from '../i18n/types';
import type { SentReferral } from '../state/progress';

interface PrintRequestProps {
  readonly api: string;
  readonly sent: SentReferral;
  readonly text: UiText['result'];
}

export class PrintRequest extends Component<PrintRequestProps, { website?: string | null }> {
  override componentDidMount(): void {
    fetch(`${this.props.api}/api/v1/networks/${encodeURIComponent(this.props.sent.network.id)}`)
      .then((res) => (res.ok ? (res.json() as Promise<NetworkResponse>) : null))
      .then((body) => this.setState({ website: body?.network.website }))
      // Paper without the website is still paper with the network and the reference.
      .catch(() => {});
  }

  override render({ sent, text }: PrintRequestProps, { website }: { website?: string | null }) {
    return (
      <p class="print-only print-request">
        {fill(text.printRequest, { network: sent.network.name, website: website ? ` (${website})` : '', reference: sent.reference })}
      </p>
    );
  }
}
