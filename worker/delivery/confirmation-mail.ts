/**
 * @module The confirmation e-mail to the entrepreneur after a request for a scan: the reference,
 * the network, what happens next and how to withdraw, in the language of the check. Sent once by
 * the queue consumer (owed-mail.ts).
 */
import { withdrawalUrl } from '../../core/withdrawal';
import { confirmationMails, getConfirmationMail, type ConfirmationMail } from '../data';
import type { Mail } from '../mail/send-mail';
import type { OwedMail } from './owed-mail';

/** The e-mail for `confirmation`; `url` is the withdrawal page with the reference, null without an origin. */
export function confirmationMail(confirmation: ConfirmationMail, url: string | null): Mail {
  const { reference, networkName: network, contactName } = confirmation;
  if (confirmation.lang === 'en') {
    return {
      to: confirmation.email,
      subject: `CyberScan: your request ${reference} for a scan`,
      text: [
        `Dear ${contactName},`,
        '',
        `${network} has your request for a scan. Your reference: ${reference}.`,
        '',
        `${network} will contact you within a few working days to plan the scan. Mention your reference when you are in touch.`,
        '',
        url === null
          ? `To withdraw your request, contact ${network} and mention your reference.`
          : `To withdraw your request, go to ${url} and enter the e-mail address of your request. Your details are then erased at once.`,
        '',
        'You receive this e-mail because this address was given in a request for a scan through CyberScan.',
        '',
      ].join('\n'),
    };
  }
  return {
    to: confirmation.email,
    subject: `CyberScan: je aanvraag ${reference} voor een scan`,
    text: [
      `Beste ${contactName},`,
      '',
      `${network} heeft je aanvraag voor een scan ontvangen. Je referentie: ${reference}.`,
      '',
      `${network} neemt binnen een paar werkdagen contact met je op en plant samen met jou een datum. Noem je referentie als je contact hebt.`,
      '',
      url === null
        ? `Wil je je aanvraag intrekken? Neem contact op met ${network} en noem je referentie.`
        : `Wil je je aanvraag intrekken? Ga naar ${url} en vul het e-mailadres van je aanvraag in. We wissen je gegevens dan direct.`,
      '',
      'Je krijgt deze e-mail omdat dit adres is ingevuld bij een aanvraag voor een scan via CyberScan.',
      '',
    ].join('\n'),
  };
}

/** The confirmation owed for a referral, by the referral's id. */
export const owedConfirmation: OwedMail<ConfirmationMail> = {
  name: 'confirmation e-mail for',
  state: confirmationMails,
  read: getConfirmationMail,
  write: (env, confirmation) => {
    const url = withdrawalUrl(env.PUBLIC_ORIGIN ?? env.DEV_ORIGIN, confirmation.reference);
    return confirmationMail(confirmation, url === null || confirmation.lang === 'nl' ? url : `${url}&lang=en`);
  },
};
