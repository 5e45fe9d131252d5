/** @module Who asked for a scan, and how to reach them: the part of a referral a network acts on. */
import { profileLabel, profileOptions } from '../../core/profile';
import type { ReferralDetail } from '../../core/inbox';
import { formatDateTime, formatDay } from '../text';

const optionLabel = (options: typeof profileOptions.sizes, id: string | null) =>
  id === null ? 'niet opgegeven' : profileLabel(options, id);

const LANGUAGE: Readonly<Record<string, string>> = { nl: 'Nederlands', en: 'Engels' };

export function CompanyContact({ referral }: { referral: ReferralDetail }) {
  const { company, contact } = referral;
  if (referral.erasedAt !== null) {
    return (
      <section aria-labelledby="contact-title">
        <h2 id="contact-title">Bedrijf en contactpersoon</h2>
        <p>
          Ontvangen op {formatDay(referral.createdAt)}, via {referral.partner.name}. De persoonsgegevens van deze aanvraag
          zijn gewist op {formatDateTime(referral.erasedAt)}.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">Bedrijf en contactpersoon</h2>
      <dl class="facts">
        <dt>Bedrijf</dt>
        <dd>{company.name}</dd>
        <dt>Postcode (cijfers)</dt>
        <dd>{company.postcode}</dd>
        <dt>Sector</dt>
        <dd>{optionLabel(profileOptions.sectors, company.sector)}</dd>
        <dt>Grootte</dt>
        <dd>{optionLabel(profileOptions.sizes, company.size)}</dd>
        <dt>Contactpersoon</dt>
        <dd>{contact.name}</dd>
        <dt>E-mail</dt>
        <dd>{contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}</dd>
        <dt>Telefoon</dt>
        <dd>{contact.phone ? <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> : 'niet opgegeven'}</dd>
        <dt>Bericht</dt>
        <dd class="message">{referral.message ?? 'geen'}</dd>
        <dt>Taal van de ondernemer</dt>
        <dd>{LANGUAGE[referral.lang] ?? referral.lang}</dd>
        <dt>Ontvangen</dt>
        <dd>{formatDateTime(referral.createdAt)}</dd>
        <dt>Via partner</dt>
        <dd>{referral.partner.name}</dd>
        <dt>Netwerk</dt>
        <dd>{referral.network.name}</dd>
      </dl>
    </section>
  );
}
