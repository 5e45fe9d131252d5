/**
 * @module The one way the worker sends an e-mail to a person: Cloudflare Email Service's Email
 * Sending through the `REFERRAL_MAIL` send_email binding and its structured `send()`, which
 * reaches any recipient once the sending domain (MAIL_FROM's) is onboarded. Under `npm start`
 * (DEV_INBOX on) nothing goes out: the e-mail is kept for the development inbox instead.
 */
import { recordInboxMail } from '../data';

/** One plain-text e-mail to one recipient, from CyberScan at MAIL_FROM. */
export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Where answers go, when not to MAIL_FROM. */
  readonly replyTo?: string;
}

/** Sends `mail`; resolves once it is taken, rejects with the reason it was not. */
export type SendMail = (mail: Mail) => Promise<void>;

/** The sender's display name: the product, in every e-mail. */
const FROM_NAME = 'CyberScan';

/** The sender for this deployment: the development inbox with DEV_INBOX on, else Email Sending. */
export function mailSender(env: Env): SendMail {
  if (env.DEV_INBOX === 'on') {
    return (mail) => recordInboxMail(env.DB, { sentAt: new Date().toISOString(), to: mail.to, subject: mail.subject, text: mail.text });
  }
  return async (mail) => {
    const from = env.MAIL_FROM;
    if (!from) throw new Error('The MAIL_FROM var (sender address) is not set');
    await env.REFERRAL_MAIL.send({
      from: { email: from, name: FROM_NAME },
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.replyTo !== undefined && { replyTo: mail.replyTo }),
    });
  };
}
