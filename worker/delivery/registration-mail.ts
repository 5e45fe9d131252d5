/**
 * @module The e-mail to a registration's contact once it is decided: on approval the final code
 * to paste (core/embed-code.ts, as /embed writes it), on refusal a plain, polite no. Sent once by
 * the queue consumer (owed-mail.ts). Its words: worker/mail/text/registration-decision.ts.
 */
import { embedHtml, frameHtml, type EmbedChoice } from '../../core/embed-code';
import { fill } from '../../core/fill';
import { decisionMails, getDecisionMail, type DecisionMail } from '../data';
import { fillMail, type MailValues } from '../mail/fill-mail';
import type { Mail } from '../mail/send-mail';
import { registrationDecisionText } from '../mail/text/registration-decision';
import type { OwedMail } from './owed-mail';

/** The e-mail for `decision`; approval needs the origin of the code (`snippetOrigin`, else `fallbackOrigin`). */
export function decisionMail(decision: DecisionMail, fallbackOrigin: string | undefined): Mail {
  const origin = decision.snippetOrigin ?? fallbackOrigin;
  if (decision.approved && !origin) throw new Error('No origin for the code in the approval e-mail (PUBLIC_ORIGIN)');
  const text = registrationDecisionText.nl;
  const { subject, body } = decision.approved ? text.approved : text.refused;
  const choice: EmbedChoice = { lang: 'nl', partner: decision.partnerId, network: '' };
  const values: MailValues = decision.approved
    ? { snippet: embedHtml(origin!, choice), frame: frameHtml(origin!, choice), origin: origin! }
    : { reasonGiven: decision.reason ? fill(text.reasonGiven, { reason: decision.reason }) : '' };
  return fillMail(decision.email, subject, [text.greeting, ...body, text.footer], {
    organisation: decision.organisation, partnerId: decision.partnerId, ...values,
  });
}

/** The decision e-mail owed for a registration, by the registration's id. */
export const owedDecisionMail: OwedMail<DecisionMail> = {
  name: 'decision e-mail of registration',
  state: decisionMails,
  read: getDecisionMail,
  write: (env, decision) => decisionMail(decision, env.PUBLIC_ORIGIN ?? env.DEV_ORIGIN),
};
