/**
 * @module The invitation to do the check again after the students' scan, e-mailed to the
 * entrepreneur in the language of their check, with the link that opens it (with the earlier
 * answers when they were shared). Sent once by the queue consumer (owed-mail.ts), like the
 * confirmation e-mail.
 */
import { bankStructure } from '../../core/bank';
import { recheckLink } from '../../core/recheck-invitation';
import { getRecheckInvitationMail, recheckInvitationMails, type RecheckInvitationMail } from '../data';
import type { Mail } from '../mail/send-mail';
import type { OwedMail } from './owed-mail';

/** The e-mail for `invitation`; `link` opens the check, null without an origin. */
export function recheckInvitationMail(invitation: RecheckInvitationMail, link: string | null): Mail {
  const { reference, networkName: network, contactName } = invitation;
  const prefilled = link !== null && link.includes('#');
  if (invitation.lang === 'en') {
    return {
      to: invitation.email,
      subject: `CyberScan: do the check again after your scan (${reference})`,
      text: [
        `Dear ${contactName},`,
        '',
        `${network} carried out the scan at your business. Have you already acted on the advice? Do the check again and see what has changed since your first result.`,
        '',
        link === null
          ? 'Do the check again on the website where you did it the first time.'
          : prefilled
            ? `This link opens your earlier answers, so you only change what has changed: ${link}`
            : `Do the check here: ${link}`,
        '',
        `What you fill in stays anonymous: ${network} does not see your new answers. Your reference: ${reference}.`,
        '',
        `You receive this e-mail because ${network} invites you after the scan you asked for through CyberScan.`,
        '',
      ].join('\n'),
    };
  }
  return {
    to: invitation.email,
    subject: `CyberScan: doe de check opnieuw na je scan (${reference})`,
    text: [
      `Beste ${contactName},`,
      '',
      `${network} heeft de scan bij je bedrijf gedaan. Heb je al iets met het advies gedaan? Doe de check opnieuw en zie wat er veranderd is sinds je eerste uitslag.`,
      '',
      link === null
        ? 'Doe de check opnieuw op de website waar je hem de eerste keer deed.'
        : prefilled
          ? `Deze link opent je vorige antwoorden, zodat je alleen aanpast wat veranderd is: ${link}`
          : `Doe de check hier: ${link}`,
      '',
      `Wat je invult blijft anoniem: ${network} ziet je nieuwe antwoorden niet. Je referentie: ${reference}.`,
      '',
      `Je krijgt deze e-mail omdat ${network} je uitnodigt na de scan die je via CyberScan hebt aangevraagd.`,
      '',
    ].join('\n'),
  };
}

/** The invitation owed for a referral, by the referral's id. */
export const owedRecheckInvitation: OwedMail<RecheckInvitationMail> = {
  name: 'invitation to do the check again for',
  state: recheckInvitationMails,
  read: getRecheckInvitationMail,
  write: (env, invitation) =>
    recheckInvitationMail(invitation, recheckLink(env.PUBLIC_ORIGIN ?? env.DEV_ORIGIN, invitation, bankStructure, invitation.shared)),
};
