/** @module Who moved a referral when: the status changes, oldest first. */
import type { StatusChange } from '../../core/console-api';
import { ACTOR_LABEL, STATUS_LABEL, formatDateTime } from '../text';

export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  if (history.length === 0) return <p>De status is nog niet gewijzigd.</p>;
  return (
    <>
      <h3>Verloop</h3>
      <ol class="history">
        {history.map((change) => (
          <li key={change.at + change.to}>
            {formatDateTime(change.at)}: van {STATUS_LABEL[change.from]} naar {STATUS_LABEL[change.to]} (door {ACTOR_LABEL[change.by]})
          </li>
        ))}
      </ol>
    </>
  );
}
