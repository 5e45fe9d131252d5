/** @module The registrations decided earlier: who decided what and when, and whether the e-mail went out. */
import type { RegistrationRow } from '../../core/partner-registration';
import { formatDateTime } from '../text';

const MAIL: Readonly<Record<string, string>> = {
  pending: 'nog te versturen',
  queued: 'onderweg',
  sent: 'verstuurd',
  failed: 'mislukt',
};

const mailState = (row: RegistrationRow) => (row.email === null ? 'adres gewist' : MAIL[row.decisionMail ?? ''] ?? '');

export function RegistrationHistory({ rows }: { rows: readonly RegistrationRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table>
      <caption>Eerder besloten, nieuwste eerst</caption>
      <thead>
        <tr>
          <th scope="col">Organisatie</th>
          <th scope="col">Partner-id</th>
          <th scope="col">Besluit</th>
          <th scope="col">Door</th>
          <th scope="col">Op</th>
          <th scope="col">E-mail</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.organisation}</th>
            <td>{row.partnerId}</td>
            <td>{row.status === 'approved' ? 'Goedgekeurd' : `Geweigerd${row.reason ? `: ${row.reason}` : ''}`}</td>
            <td>{row.decidedBy}</td>
            <td>{formatDateTime(row.decidedAt)}</td>
            <td>{mailState(row)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
