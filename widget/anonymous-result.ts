/**
 * @module The anonymous result, sent once per completed assessment so that the networks can see
 * which basics are weak per region, sector and size. It carries no score (the worker scores the
 * answers itself) and nothing about the visitor.
 */
import { bankStructure } from '../core/bank/index';
import type { ResultRequest } from '../core/contracts';
import { scoreAssessment } from '../core/scoring';
import type { WidgetOptions } from './options';
import type { Progress } from './state/progress';

/**
 * POSTs the completed `progress` under a new submission id, and returns that id. Statistics must
 * never disturb the visitor, so a failure (offline, 4xx, 5xx) is swallowed; `keepalive` lets the
 * request finish when the page closes right after.
 */
export function sendAnonymousResult({ api, partner, lang, network }: WidgetOptions, { bankVersion, answers, profile, recheck }: Progress): string {
  // Fields picked one by one: the API refuses any field it does not know. The postcode goes only
  // to be turned into a region by the worker, which keeps neither it nor anything finer.
  // A postcode the API would refuse is left out rather than losing the whole result.
  const { postcode, ...rest } = profile;
  const place = /^[1-9]\d{3}$/.test(postcode ?? '') ? profile : rest;
  // A re-check says only the earlier band, never its answers, score or date (core/recheck.ts).
  const again = recheck && { previousBand: scoreAssessment(bankStructure, recheck.previous).band, afterScan: recheck.afterScan };
  const result: ResultRequest = { submissionId: crypto.randomUUID(), partner, network, bankVersion, lang, answers, profile: place, recheck: again };
  fetch(`${api}/api/v1/results`, {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(result),
  }).catch(() => {});
  return result.submissionId;
}
