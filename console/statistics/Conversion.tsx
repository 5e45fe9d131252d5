/** @module Per partner: scans completed in their widget and how many led to a referral. */
import type { StatisticsResponse } from '../../core/statistics';
import { formatNumber } from '../text';
import { formatCount, formatRate } from './figures';

export function Conversion({ conversion }: { conversion: StatisticsResponse['conversion'] }) {
  return (
    <section aria-labelledby="conversion-title">
      <h2 id="conversion-title">Van scan naar aanvraag, per partner</h2>
      {conversion.length === 0 ? (
        <p>Geen partner had in deze selectie 5 of meer ingevulde scans.</p>
      ) : (
        <table class="conversion">
          <caption>Ingevulde scans en aanvragen per partnerwebsite, meeste scans eerst</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Ingevulde scans</th>
              <th scope="col">Aanvragen</th>
              <th scope="col">Conversie</th>
            </tr>
          </thead>
          <tbody>
            {conversion.map((c) => (
              <tr key={c.partnerId}>
                <th scope="row">{c.partnerName}</th>
                <td>{formatNumber(c.assessments)}</td>
                <td>{formatCount(c.referrals)}</td>
                <td>{c.rate === null ? 'niet te berekenen' : formatRate(c.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
