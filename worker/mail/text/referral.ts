/**
 * @module The words of what a network receives for a referral: the e-mail, and how the
 * entrepreneur withdraws it (also the webhook's `withdrawal`). Dutch only: the networks are Dutch.
 */
import type { Lang } from '../../../core/bank/types';
import type { MailTexts, Paragraphs } from './types';

/** Placeholders: see each key; `body` has one per field of the referral. */
export interface ReferralText {
  /** `{reference}` only, so no personal data sits in mail server logs. */
  readonly subject: string;
  /** `{network}` (its name), `{reference}`, `{createdAt}`, `{via}`, `{company}`, `{postcode}`, `{sector}`, `{size}`, `{contact}`, `{email}`, `{phone}`, `{lang}`, `{message}`, `{overall}`, `{band}` (core's `BAND_LABEL`, in lower case), `{answers}`, `{withdrawal}`. */
  readonly body: Paragraphs;
  /** `{via}` from a registered partner's site, `{partner}` its id. */
  readonly viaPartner: string;
  /** `{via}` from a site that is not registered, `{site}` its host name. */
  readonly viaUnregisteredSite: string;
  /** An optional field left empty (sector, size, phone). */
  readonly notGiven: string;
  readonly noMessage: string;
  /** `{lang}`: the language of the check. */
  readonly languages: Readonly<Record<Lang, string>>;
  /** `{answers}` when they were not shared. */
  readonly notShared: string;
  /** `{answers}` when they were: this heading, a line per answer, a blank line, `adviceHeading`, a line per advice. */
  readonly answersHeading: string;
  /** `{question}`, `{answer}` (core's `ANSWER_LABEL`, in lower case), `{id}`. */
  readonly answerLine: string;
  readonly adviceHeading: string;
  /** `{question}`, `{id}`. */
  readonly adviceLine: string;
  /** `{withdrawal}`, and the webhook's: `{how}` is one of the two below. */
  readonly withdrawal: string;
  /** `{how}` with the withdrawal page: `{reference}`, `{url}`. */
  readonly withdrawOnline: string;
  /** `{how}` without one: `{network}`, `{reference}`. */
  readonly withdrawByContact: string;
}

export const referralText: MailTexts<ReferralText, 'nl'> = {
  nl: {
    subject: 'Aanvraag cyberscan {reference}',
    body: [
      'Een ondernemer vraagt via CyberScan om een cyberscan door {network}.',
      'Referentie: {reference}\nOntvangen: {createdAt}\n{via}',
      'Bedrijf: {company}\nPostcode (cijfers): {postcode}\nSector: {sector}\nGrootte: {size}\n' +
        'Contactpersoon: {contact}\nE-mail: {email}\nTelefoon: {phone}\nTaal: {lang}',
      'Bericht:\n{message}',
      'Uitkomst van de check (indicatief, zelf ingevuld): {overall}/100, {band}\n{answers}',
      '{withdrawal}',
    ],
    viaPartner: 'Via partner: {partner}',
    viaUnregisteredSite: 'Via een niet-geregistreerde site: {site}',
    notGiven: 'niet opgegeven',
    noMessage: '(geen)',
    languages: { nl: 'Nederlands', en: 'Engels' },
    notShared: 'De ondernemer heeft de antwoorden niet gedeeld.',
    answersHeading: 'Antwoorden (gedeeld door de ondernemer):',
    answerLine: '- {question} {answer} [{id}]',
    adviceHeading: 'Eerst aan werken (meest urgent eerst):',
    adviceLine: '- {question} [{id}]',
    withdrawal: 'De ondernemer kan deze aanvraag intrekken {how}. CyberScan wist dan direct de gegevens, toont ' +
      'de aanvraag in de console als ingetrokken en stuurt u daarover een bericht met alleen de referentie. ' +
      'Verwijder dan ook alle gegevens van deze aanvraag bij u.',
    withdrawOnline: 'zelf, met referentie {reference} en het e-mailadres van de aanvraag, op {url}',
    withdrawByContact: 'door contact op te nemen met {network} en referentie {reference} te noemen',
  },
};
