/**
 * @module The inbox as a table, newest first: one row per referral, linking to its detail, with a
 * planned scan's day and a "mogelijk dubbel" mark naming the other requests of the same group.
 */
import type { InboxItem } from '../../core/inbox';
import { routeHash } from '../route';
import { BAND_LABEL, DELIVERY_LABEL, STATUS_LABEL, formatDateTime, formatDay } from '../text';

interface InboxTableProps {
  readonly referrals: readonly InboxItem[];
  /** Admins see every network's referrals, so for them the table names the network. */
  readonly showNetwork: boolean;
}

/** Erased referrals keep their row but lose the personal fields. */
const ERASED = 'gewist';

/** An erased referral keeps only the day it came in: showing its midnight UTC as a time would invent one. */
const received = (r: InboxItem) => (r.erasedAt === null ? formatDateTime(r.createdAt) : formatDay(r.createdAt));

function StatusCell({ referral: r }: { referral: InboxItem }) {
  return (
    <td>
      {STATUS_LABEL[r.status]}
      {r.status === 'scan_planned' && r.scanPlannedOn && (
        <span class="cell-detail">
          op {formatDay(r.scanPlannedOn)}
          {r.scanPlannedBy && <>, {r.scanPlannedBy}</>}
        </span>
      )}
      {r.duplicateOf && <span class="cell-detail">dubbel van {r.duplicateOf}</span>}
      {r.possibleDuplicates.length > 0 && (
        <span class="cell-detail duplicate-mark">
          <strong>Mogelijk dubbel</strong> met{' '}
          {r.possibleDuplicates.map((other, index) => (
            <>
              {index > 0 && ', '}
              <a href={routeHash({ view: 'referral', reference: other })}>{other}</a>
            </>
          ))}
        </span>
      )}
    </td>
  );
}

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
            <th scope="col">Uitkomst check</th>
            <th scope="col">Status</th>
            <th scope="col">Bezorging</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.reference} class={r.possibleDuplicates.length > 0 ? 'possible-duplicate' : undefined}>
              <th scope="row">
                <a id={`referral-${r.reference}`} href={routeHash({ view: 'referral', reference: r.reference })}>
                  {r.reference}
                </a>
              </th>
              <td>{received(r)}</td>
              <td>{r.companyName ?? ERASED}</td>
              <td>{r.contactName ?? ERASED}</td>
              {showNetwork && <td>{r.networkName}</td>}
              <td>
                <span class={`band band-${r.band}`}>{BAND_LABEL[r.band]}</span> {r.overall}
              </td>
              <StatusCell referral={r} />
              <td>{r.erasedAt === null ? DELIVERY_LABEL[r.deliveryStatus] : r.deliveryStatus === 'cancelled' ? DELIVERY_LABEL.cancelled : ERASED}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
