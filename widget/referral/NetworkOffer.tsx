/**
 * @module The network that will help: what it offers, in its own (Dutch) words, whether students
 * do the scan, its own contribution and website when known, and what happens after the request.
 */
import type { PublicNetwork } from '../../core/routing/network';
import { fill } from '../../core/fill';
import type { ReferralText } from './i18n/types';
import { webAddress } from './web-address';

interface NetworkOfferProps {
  readonly text: ReferralText['network'];
  readonly network: PublicNetwork;
  /** No regional network covers the postcode: the national fallback helps. */
  readonly fallback: boolean;
  /** Shown when the network was found by postcode, so another postcode can be tried. */
  readonly onOtherPostcode?: () => void;
}


export function NetworkOffer({ text, network, fallback, onOtherPostcode }: NetworkOfferProps) {
  const name = { network: network.name };
  const website = webAddress(network.website);
  return (
    <div class="hint">
      {fallback && <p>{fill(text.fallback, name)}</p>}
      <p lang="nl">{network.offerDescription}</p>
      <p>{network.offersStudentScan === 'yes' ? text.students.yes : text.students.unknown}</p>
      {network.ownContribution && <p>{fill(text.contribution, { amount: network.ownContribution })}</p>}
      {website && (
        <p>
          <a href={website} target="_blank" rel="noopener noreferrer">
            {fill(text.website, name)}
          </a>
        </p>
      )}
      <h4>{text.nextTitle}</h4>
      <ol>
        {text.next.map((step) => (
          <li key={step}>{fill(step, name)}</li>
        ))}
      </ol>
      {onOtherPostcode && (
        <button type="button" part="button" onClick={onOtherPostcode}>
          {text.otherPostcode}
        </button>
      )}
    </div>
  );
}
