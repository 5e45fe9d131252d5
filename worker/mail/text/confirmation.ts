/** @module The words of the confirmation e-mail to the entrepreneur after a request for a scan, Dutch and English. */
import type { MailTexts, Paragraphs } from './types';

/** Placeholders: `{contactName}`, `{network}` (its name), `{reference}`, and in `body` `{withdraw}`. */
export interface ConfirmationText {
  readonly subject: string;
  readonly body: Paragraphs;
  /** `{withdraw}` with the withdrawal page, `{url}` (the reference filled in). */
  readonly withdrawOnline: string;
  /** `{withdraw}` without one (the deployment has no public origin). */
  readonly withdrawByContact: string;
}

export const confirmationText: MailTexts<ConfirmationText> = {
  nl: {
    subject: 'CyberScan: je aanvraag {reference} voor een scan',
    body: [
      'Beste {contactName},',
      '{network} heeft je aanvraag voor een scan ontvangen. Je referentie: {reference}.',
      '{network} neemt binnen een paar werkdagen contact met je op en plant samen met jou een datum. Noem je referentie als je contact hebt.',
      '{withdraw}',
      'Je krijgt deze e-mail omdat dit adres is ingevuld bij een aanvraag voor een scan via CyberScan.',
    ],
    withdrawOnline: 'Wil je je aanvraag intrekken? Ga naar {url} en vul het e-mailadres van je aanvraag in. We wissen je gegevens dan direct.',
    withdrawByContact: 'Wil je je aanvraag intrekken? Neem contact op met {network} en noem je referentie.',
  },
  en: {
    subject: 'CyberScan: your request {reference} for a scan',
    body: [
      'Dear {contactName},',
      '{network} has your request for a scan. Your reference: {reference}.',
      '{network} will contact you within a few working days to plan the scan. Mention your reference when you are in touch.',
      '{withdraw}',
      'You receive this e-mail because this address was given in a request for a scan through CyberScan.',
    ],
    withdrawOnline: 'To withdraw your request, go to {url} and enter the e-mail address of your request. Your details are then erased at once.',
    withdrawByContact: 'To withdraw your request, contact {network} and mention your reference.',
  },
};
