/** @module The inbox as a table, newest first: one row per referral, linking to its detail. */
import type { InboxItem } from '../../core/console-api';
import { routeHash } from '../route';
import { BAND_LABEL, DELIVERY_LABEL, STATUS_LABEL, formatDateTime } from '../text';

interface InboxTableProps {
  readonly referrals: readonly InboxItem[];
  /** Admins see every network's referrals, so for them the table names the network. */
  readonly showNetwork: boolean;
}

/** Erased referrals keep their row but lose the personal fields. */
const ERASED = 'gewist';

export function InboxTable({ referrals, showNetwork }: InboxTableProps) {
  return (
    // Narrow screens scroll the table sideways; the region can take focus so the keyboard can too.
    <div class="table-scroll" role="region" aria-labelledby="inbox-caption" tabIndex={0}>
      <table class="inbox">
        <caption id="inbox-caption">Aanvragen, nieuwste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Referentie</th>
            <th scope="col">Ontvangen</th>
            <th scope="col">Bedrijf</th>
            <th scope="col">Contactpersoon</th>
            {showNetwork && <th scope="col">Netwerk</th>}
            <th scope="col">Uitkomst scan</th>
            <th scope="col">Status</th>
            <th scope="col">Bezorging</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.reference}>
              <th scope="row">
                <a id={`referral-${r.reference}`} href={routeHash({ view: 'referral', reference: r.reference })}>
                  {r.reference}
                </a>
              </th>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>{r.companyName ?? ERASED}</td>
              <td>{r.contactName ?? ERASED}</td>
              {showNetwork && <td>{r.networkId}</td>}
              <td>
                <span class={`band band-${r.band}`}>{BAND_LABEL[r.band]}</span> {r.overall}
              </td>
              <td>{STATUS_LABEL[r.status]}</td>
              <td>{DELIVERY_LABEL[r.deliveryStatus]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
