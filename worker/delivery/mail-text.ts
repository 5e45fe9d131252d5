/** @module The e-mail a network receives for a referral, as Dutch plain text (its words: worker/mail/text/referral.ts). */
import { bankTextsNl } from '../../core/bank';
import { fill } from '../../core/fill';
import { profileLabel, profileOptions } from '../../core/profile';
import { ANSWER_LABEL, BAND_LABEL } from '../../core/referral-labels';
import { fillParagraphs } from '../mail/fill-mail';
import { referralText } from '../mail/text/referral';
import type { ReferralPayload } from './payload';

const text = referralText.nl;

const labelOf = (options: typeof profileOptions.sizes, id: string | null) =>
  id === null ? text.notGiven : profileLabel(options, id);

const questionText = (id: string) => bankTextsNl.questions[id]?.text ?? id;

/** Subject line: the reference only, so no personal data sits in mail server logs. */
export const referralMailSubject = (payload: ReferralPayload) => fill(text.subject, { reference: payload.reference });

function sharedAnswers(assessment: ReferralPayload['assessment']): string {
  if (!assessment.answersShared || assessment.answers === undefined) return text.notShared;
  return [
    text.answersHeading,
    ...Object.entries(assessment.answers).map(([id, answer]) =>
      fill(text.answerLine, { question: questionText(id), answer: ANSWER_LABEL[answer].toLowerCase(), id })),
    '',
    text.adviceHeading,
    ...(assessment.adviceQuestionIds ?? []).map((id) => fill(text.adviceLine, { question: questionText(id), id })),
  ].join('\n');
}

/** The body of the e-mail: everything in the payload, in the order a network reads it. */
export function referralMailText(payload: ReferralPayload): string {
  const { company, contact, assessment, partner } = payload;
  return `${fillParagraphs(text.body, {
    network: payload.network.name,
    reference: payload.reference,
    createdAt: payload.createdAt,
    via: partner.unregisteredSite === undefined
      ? fill(text.viaPartner, { partner: partner.id })
      : fill(text.viaUnregisteredSite, { site: partner.unregisteredSite }),
    company: company.name,
    postcode: company.postcode,
    sector: labelOf(profileOptions.sectors, company.sector),
    size: labelOf(profileOptions.sizes, company.size),
    contact: contact.name,
    email: contact.email,
    phone: contact.phone ?? text.notGiven,
    lang: text.languages[payload.lang],
    message: payload.message ?? text.noMessage,
    overall: assessment.overall,
    band: BAND_LABEL[assessment.band].toLowerCase(),
    answers: sharedAnswers(assessment),
    withdrawal: payload.withdrawal,
  })}\n`;
}
