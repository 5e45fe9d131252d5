/**
 * @module "Stuur een uitnodiging voor de hercheck": once the students' scan is done, the network
 * invites the entrepreneur by e-mail to do the check again (with their earlier answers when they
 * shared them). Confirmed in the page first; sent once: after that the page says where it stands.
 */
import { useState } from 'preact/hooks';
import type { ConsoleApi } from '../api/client';
import type { ReferralDetail } from '../../core/inbox';
import { RECHECK_INVITATION_PATH, mayInviteAgain, type RecheckInvitation as Invitation } from '../../core/recheck-invitation';
import { ConfirmAction } from '../components/ConfirmAction';
import { formatDateTime } from '../text';

interface RecheckInvitationProps {
  readonly api: ConsoleApi;
  readonly referral: ReferralDetail;
  /** Gets the referral as it is after asking, so its history shows the invitation. */
  readonly onChanged: (referral: ReferralDetail) => void;
}

/** Where an invitation stands, in the coordinator's words. */
export function invitationState(invitation: Invitation): string {
  switch (invitation.status) {
    case 'pending':
    case 'queued':
      return 'wordt verstuurd';
    case 'sent':
      return `verstuurd op ${formatDateTime(invitation.statusAt)}`;
    case 'failed':
      return `niet verstuurd: na ruim drie dagen proberen lukte het niet (${formatDateTime(invitation.statusAt)})`;
  }
}

export function RecheckInvitation({ api, referral, onChanged }: RecheckInvitationProps) {
  const [used, setUsed] = useState(false);
  const invitation = referral.recheckInvitation;
  if (referral.erasedAt !== null || (referral.status !== 'scan_done' && invitation === null)) return null;
  const email = referral.contact.email ?? '';
  const withAnswers = referral.assessment.answersShared;
  return (
    <section aria-labelledby="recheck-title">
      <h2 id="recheck-title">Hercheck</h2>
      {invitation === null ? (
        <p>
          Nodig de ondernemer uit om de check opnieuw te doen, zodat die ziet wat er sinds de scan veranderd is. Je ziet de nieuwe
          antwoorden zelf niet.
          {withAnswers
            ? ' De e-mail bevat een link met de eerder gedeelde antwoorden; de hercheck telt anoniem mee in de statistieken als hercheck na de scan.'
            : ' De antwoorden zijn niet gedeeld: de link opent een lege check, die in de statistieken als eerste check telt.'}
        </p>
      ) : (
        <p class="recheck-state">Uitnodiging voor de hercheck: {invitationState(invitation)}.</p>
      )}
      {(mayInviteAgain(invitation) || used) && referral.status === 'scan_done' && (
        <ConfirmAction
          label={invitation === null ? 'Stuur een uitnodiging voor de hercheck' : 'Uitnodiging opnieuw sturen'}
          question={`Een e-mail naar ${email} sturen met een uitnodiging om de check opnieuw te doen? Dit gebeurt maar één keer per aanvraag.`}
          confirmLabel="Ja, uitnodiging versturen"
          action={async () => {
            const { referral: updated } = await api.post<{ referral: ReferralDetail }>(`/referrals/${referral.reference}/${RECHECK_INVITATION_PATH}`, {});
            setUsed(true);
            onChanged(updated);
            return `De uitnodiging voor de hercheck gaat naar ${email}. In het verloop zie je wanneer hij verstuurd is.`;
          }}
        />
      )}
    </section>
  );
}
