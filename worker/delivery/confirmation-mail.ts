/**
 * @module The confirmation e-mail to the entrepreneur after a request for a scan: the reference,
 * the network, what happens next and how to withdraw, in the language of the check. Sent once by
 * the queue consumer (owed-mail.ts).
 */
import { fill } from '../../core/fill';
import { withdrawalUrl } from '../../core/withdrawal';
import { confirmationMails, getConfirmationMail, type ConfirmationMail } from '../data';
import { fillMail } from '../mail/fill-mail';
import type { Mail } from '../mail/send-mail';
import { confirmationText } from '../mail/text/confirmation';
import type { OwedMail } from './owed-mail';

/** The e-mail for `confirmation`; `url` is the withdrawal page with the reference, null without an origin. */
export function confirmationMail(confirmation: ConfirmationMail, url: string | null): Mail {
  const text = confirmationText[confirmation.lang];
  const values = { contactName: confirmation.contactName, network: confirmation.networkName, reference: confirmation.reference, url: url ?? '' };
  const withdraw = fill(url === null ? text.withdrawByContact : text.withdrawOnline, values);
  return fillMail(confirmation.email, text.subject, text.body, { ...values, withdraw });
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
