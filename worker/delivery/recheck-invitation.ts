/**
 * @module The invitation to do the check again after the students' scan, e-mailed to the
 * entrepreneur in the language of their check, with the link that opens it (with the earlier
 * answers when they were shared). Sent once by the queue consumer (owed-mail.ts), like the
 * confirmation e-mail.
 */
import { bankStructure } from '../../core/bank';
import { fill } from '../../core/fill';
import { recheckLink } from '../../core/recheck-invitation';
import { getRecheckInvitationMail, recheckInvitationMails, type RecheckInvitationMail } from '../data';
import { fillMail } from '../mail/fill-mail';
import type { Mail } from '../mail/send-mail';
import { recheckInvitationText } from '../mail/text/recheck-invitation';
import type { OwedMail } from './owed-mail';

/** The e-mail for `invitation`; `link` opens the check, null without an origin. */
export function recheckInvitationMail(invitation: RecheckInvitationMail, link: string | null): Mail {
  const text = recheckInvitationText[invitation.lang];
  const values = { contactName: invitation.contactName, network: invitation.networkName, reference: invitation.reference, link: link ?? '' };
  // The result link carries earlier answers in its fragment (core/recheck-invitation.ts).
  const open = link === null ? text.openWithoutLink : link.includes('#') ? text.openPrefilled : text.openLink;
  return fillMail(invitation.email, text.subject, text.body, { ...values, open: fill(open, values) });
}

/** The invitation owed for a referral, by the referral's id. */
export const owedRecheckInvitation: OwedMail<RecheckInvitationMail> = {
  name: 'invitation to do the check again for',
  state: recheckInvitationMails,
  read: getRecheckInvitationMail,
  write: (env, invitation) =>
    recheckInvitationMail(invitation, recheckLink(env.PUBLIC_ORIGIN ?? env.DEV_ORIGIN, invitation, bankStructure, invitation.shared)),
};
