/**
 * @module Which versions of the question list a period's figures mix: results of an earlier
 * version still count, so the counts, colours and means say so where they combine versions.
 */
import type { StatisticsResponse } from '../../core/statistics';

/** "vragenlijst 2026.1 en 2027.1": the versions as one phrase. */
export const versionsPhrase = (versions: readonly string[]): string => `vragenlijst ${versions.join(' en ')}`;

/** One line under a figure: which versions it counts together, or the one it is from. */
export function VersionMix({ mixes }: { mixes: StatisticsResponse['mixes'] }) {
  if (mixes.length === 0) return null;
  return (
    <p class="versions">
      {mixes.length > 1 ? `Telt checks van ${versionsPhrase(mixes)} samen.` : `Alle checks uit ${versionsPhrase(mixes)}.`}
    </p>
  );
}
