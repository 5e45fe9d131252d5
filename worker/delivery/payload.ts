/**
 * @module What a network receives about a referral: the webhook's JSON body, which the e-mail
 * renders as text. worker/delivery/README.md documents it for receivers.
 */
import { referralView, type ReferralView } from '../../core/referral-view';
import { withdrawalUrl } from '../../core/withdrawal';
import type { Referral } from '../data';

/**
 * The webhook's body: the grouped referral of core/referral-view.ts with every personal field
 * present, plus how to withdraw it. Receivers must ignore fields they do not know: fields may be
 * added, never changed in meaning.
 */
export interface ReferralPayload extends ReferralView<Referral> {
  readonly event: 'referral.created';
  /** How the entrepreneur withdraws the request, in Dutch, for the network to act on. */
  readonly withdrawal: string;
  /**
   * The page where the entrepreneur withdraws it, the reference filled in; absent when the
   * deployment has no PUBLIC_ORIGIN. A withdrawal erases the referral, shows it as `withdrawn`
   * in the network console and sends a `referral.withdrawn` notice (withdrawal-notice.ts).
   */
  readonly withdrawalUrl?: string;
}

function withdrawalText(networkName: string, reference: string, url: string | null): string {
  const how = url === null
    ? `door contact op te nemen met ${networkName} en referentie ${reference} te noemen`
    : `zelf, met referentie ${reference} en het e-mailadres van de aanvraag, op ${url}`;
  return `De ondernemer kan deze aanvraag intrekken ${how}. CyberScan wist dan direct de gegevens, toont ` +
    `de aanvraag in de console als ingetrokken en stuurt u daarover een bericht met alleen de referentie. ` +
    `Verwijder dan ook alle gegevens van deze aanvraag bij u.`;
}

/**
 * The payload for `referral`, routed to the network called `networkName`; `publicOrigin` (the
 * PUBLIC_ORIGIN var) makes the withdrawal link.
 */
export function referralPayload(referral: Referral, networkName: string, publicOrigin?: string): ReferralPayload {
  const url = withdrawalUrl(publicOrigin, referral.reference);
  return {
    event: 'referral.created',
    ...referralView(referral, networkName, referral.sharedAnswers !== null),
    withdrawal: withdrawalText(networkName, referral.reference, url),
    ...(url === null ? {} : { withdrawalUrl: url }),
  };
}
