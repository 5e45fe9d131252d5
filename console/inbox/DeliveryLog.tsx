/**
 * @module How the referral reached the network's own system (webhook or e-mail): its delivery
 * status and every attempt, so a network can see why one is missing on their side.
 */
import type { ReferralDetail } from '../../core/inbox';
import { DELIVERY_LABEL, formatDateTime } from '../text';

const CHANNEL: Readonly<Record<string, string>> = { webhook: 'Webhook', email: 'E-mail' };

export function DeliveryLog({ referral }: { referral: ReferralDetail }) {
  const { delivery } = referral;
  // Erasure deletes the attempts (they describe sending personal data): "0 attempts" would be untrue.
  if (referral.erasedAt !== null) {
    return (
      <section aria-labelledby="delivery-title">
        <h2 id="delivery-title">Bezorging</h2>
        <p>
          {delivery.status === 'cancelled'
            ? 'Niet bezorgd: de gegevens werden gewist voordat de aanvraag bij jullie was.'
            : `Laatste stand voor het wissen: ${DELIVERY_LABEL[delivery.status].toLowerCase()}. De bezorgpogingen zijn met de gegevens gewist.`}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="delivery-title">
      <h2 id="delivery-title">Bezorging</h2>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{DELIVERY_LABEL[delivery.status]}</dd>
        <dt>In de wachtrij gezet</dt>
        <dd>{formatDateTime(delivery.queuedAt) || 'nog niet'}</dd>
        <dt>Bezorgd</dt>
        <dd>{formatDateTime(delivery.deliveredAt) || 'nog niet'}</dd>
        <dt>Pogingen</dt>
        <dd>{delivery.attempts.length}</dd>
      </dl>
      {delivery.attempts.length > 0 && (
        <table class="attempts">
          <caption>Bezorgpogingen</caption>
          <thead>
            <tr>
              <th scope="col">Tijdstip</th>
              <th scope="col">Kanaal</th>
              <th scope="col">Resultaat</th>
              <th scope="col">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {delivery.attempts.map((attempt) => (
              <tr key={attempt.attemptedAt + attempt.channelKind}>
                <td>{formatDateTime(attempt.attemptedAt)}</td>
                <td>{CHANNEL[attempt.channelKind] ?? attempt.channelKind}</td>
                <td>{attempt.outcome === 'ok' ? 'Gelukt' : 'Mislukt'}</td>
                <td>{attempt.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
