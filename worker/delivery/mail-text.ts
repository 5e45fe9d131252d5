/** @module The e-mail a network receives for a referral, as Dutch plain text: the networks are Dutch. */
import type { Answer } from '../../core/answers';
import { bankTextsNl } from '../../core/bank';
import { profileOptions } from '../../core/profile';
import type { ReferralPayload } from './payload';

const ANSWER_NL: Readonly<Record<Answer, string>> = {
  yes: 'ja',
  partial: 'gedeeltelijk',
  no: 'nee',
  unknown: 'weet ik niet',
  na: 'niet van toepassing',
};

const BAND_NL = { green: 'groen', orange: 'oranje', red: 'rood' } as const;

const labelOf = (options: typeof profileOptions.sizes, id: string | null) =>
  id === null ? 'niet opgegeven' : (options.find((option) => option.id === id)?.label.nl ?? id);

const questionText = (id: string) => bankTextsNl.questions[id]?.text ?? id;

/** Subject line: the reference only, so no personal data sits in mail server logs. */
export const referralMailSubject = (payload: ReferralPayload) => `Aanvraag cyberscan ${payload.reference}`;

function sharedAnswers(assessment: ReferralPayload['assessment']): string[] {
  if (!assessment.answersShared || assessment.answers === undefined) {
    return ['De ondernemer heeft de antwoorden niet gedeeld.'];
  }
  const answers = assessment.answers;
  return [
    'Antwoorden (gedeeld door de ondernemer):',
    ...Object.entries(answers).map(([id, answer]) => `- ${questionText(id)} ${ANSWER_NL[answer]} [${id}]`),
    '',
    'Eerst aan werken (meest urgent eerst):',
    ...(assessment.adviceQuestionIds ?? []).map((id) => `- ${questionText(id)} [${id}]`),
  ];
}

/** The body of the e-mail: everything in the payload, in the order a network reads it. */
export function referralMailText(payload: ReferralPayload): string {
  const { company, contact, assessment } = payload;
  return [
    `Een ondernemer vraagt via CyberScan om een cyberscan door ${payload.network.name}.`,
    '',
    `Referentie: ${payload.reference}`,
    `Ontvangen: ${payload.createdAt}`,
    payload.partner.unregisteredSite === undefined
      ? `Via partner: ${payload.partner.id}`
      : `Via een niet-geregistreerde site: ${payload.partner.unregisteredSite}`,
    '',
    `Bedrijf: ${company.name}`,
    `Postcode (cijfers): ${company.postcode}`,
    `Sector: ${labelOf(profileOptions.sectors, company.sector)}`,
    `Grootte: ${labelOf(profileOptions.sizes, company.size)}`,
    `Contactpersoon: ${contact.name}`,
    `E-mail: ${contact.email}`,
    `Telefoon: ${contact.phone ?? 'niet opgegeven'}`,
    `Taal: ${payload.lang === 'nl' ? 'Nederlands' : 'Engels'}`,
    '',
    'Bericht:',
    payload.message ?? '(geen)',
    '',
    `Uitkomst van de check (indicatief, zelf ingevuld): ${assessment.overall}/100, ${BAND_NL[assessment.band]}`,
    ...sharedAnswers(assessment),
    '',
    payload.withdrawal,
    '',
  ].join('\n');
}
