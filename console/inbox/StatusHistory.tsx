/** @module Who moved a referral when, and why when it was reopened or closed as a duplicate: the status changes, oldest first. */
import type { StatusChange } from '../../core/inbox';
import { ACTOR_LABEL, STATUS_LABEL, formatDateTime } from '../text';

/** The person when the token has a name; otherwise the kind of actor ("netwerk"). */
const who = (change: StatusChange) => (change.byName ? `${change.byName} (${ACTOR_LABEL[change.by]})` : ACTOR_LABEL[change.by]);

export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  if (history.length === 0) return <p>De status is nog niet gewijzigd.</p>;
  return (
    <>
      <h3>Verloop</h3>
      <ol class="history">
        {history.map((change) => (
          <li key={change.at + change.to}>
            {formatDateTime(change.at)}: van {STATUS_LABEL[change.from]} naar {STATUS_LABEL[change.to]} (door {who(change)})
            {change.reason && <>. Reden: {change.reason}</>}
          </li>
        ))}
      </ol>
    </>
  );
}
