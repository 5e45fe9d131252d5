/**
 * @module The way out when a request cannot be sent from this page: the network's own contact
 * route from the network data (its website), or, where none is known, its name and area to look up.
 */
import type { PublicNetwork } from '../../core/routing/network';
import { fill } from '../../core/fill';
import type { ReferralText } from './i18n/types';
import { webAddress } from './web-address';

interface NetworkContactProps {
  readonly text: ReferralText['failure'];
  readonly network: PublicNetwork;
}

export function NetworkContact({ text, network }: NetworkContactProps) {
  const website = webAddress(network.website);
  const values = { network: network.name, area: network.areaDescription };
  return website ? (
    <p>
      {fill(text.contact, values)}{' '}
      <a href={website} target="_blank" rel="noopener noreferrer">
        {fill(text.contactLink, values)}
      </a>
    </p>
  ) : (
    <p>{fill(text.contactByName, values)}</p>
  );
}
