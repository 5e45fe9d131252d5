/**
 * @module The DOM events a partner page can listen to. They are dispatched on the host element
 * and are `composed`, so they leave the shadow root and bubble like any other event.
 */
import type { CompleteEventDetail, ReferralEventDetail } from '../core/contracts';
import type { Assessment } from '../core/scoring';

const send = (host: HTMLElement, type: string, detail?: unknown): void => {
  host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
};

/** `cyberscan:start`: the visitor pressed start. */
export const announceStart = (host: HTMLElement): void => send(host, 'cyberscan:start');

/** `cyberscan:complete`: the outcome, never the answers (they stay in the visitor's browser). */
export function announceComplete(host: HTMLElement, bankVersion: string, assessment: Assessment): void {
  const detail: CompleteEventDetail = {
    bankVersion,
    overall: assessment.overall,
    band: assessment.band,
    principles: assessment.principles.map(({ id, score }) => ({ id, score })),
  };
  send(host, 'cyberscan:complete', detail);
}

/** `cyberscan:referral`: the visitor sent a referral; only the network's id (sent by widget-referral.js). */
export function announceReferral(host: HTMLElement, network: string): void {
  const detail: ReferralEventDetail = { network };
  send(host, 'cyberscan:referral', detail);
}
