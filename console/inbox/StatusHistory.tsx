/**
 * @module Who moved a referral when, and why when it was reopened or closed as a duplicate: the
 * status changes, oldest first, and the invitation to do the check again once it was asked for.
 */
import type { StatusActor, StatusChange } from '../../core/inbox';
import type { RecheckInvitation } from '../../core/recheck-invitation';
import { ACTOR_LABEL, STATUS_LABEL, formatDateTime } from '../text';
import { invitationState } from './RecheckInvitation';

/** The person when the token has a name; otherwise the kind of actor ("netwerk"). */
const who = (change: { by: StatusActor; byName: string }) => (change.byName ? `${change.byName} (${ACTOR_LABEL[change.by]})` : ACTOR_LABEL[change.by]);

interface StatusHistoryProps {
  readonly history: readonly StatusChange[];
  readonly invitation?: RecheckInvitation | null;
}

export function StatusHistory({ history, invitation = null }: StatusHistoryProps) {
  if (history.length === 0) return <p>De status is nog niet gewijzigd.</p>;
  const entries = [
    ...history.map((change) => ({
      at: change.at,
      key: change.at + change.to,
      text: (
        <>
          {formatDateTime(change.at)}: van {STATUS_LABEL[change.from]} naar {STATUS_LABEL[change.to]} (door {who(change)})
          {change.reason && <>. Reden: {change.reason}</>}
        </>
      ),
    })),
    ...(invitation === null
      ? []
      : [{
          at: invitation.requestedAt,
          key: 'recheck-invitation',
          text: <>{formatDateTime(invitation.requestedAt)}: uitnodiging voor de hercheck gevraagd (door {who(invitation)}), {invitationState(invitation)}</>,
        }]),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <>
      <h3>Verloop</h3>
      <ol class="history">
        {entries.map((entry) => (
          <li key={entry.key}>{entry.text}</li>
        ))}
      </ol>
    </>
  );
}
