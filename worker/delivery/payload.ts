/**
 * @module What a network receives about a referral: the webhook's JSON body, which the e-mail
 * renders as text. worker/delivery/README.md documents it for receivers.
 */
import { fill } from '../../core/fill';
import { referralView, type ReferralView } from '../../core/referral-view';
import { withdrawalUrl } from '../../core/withdrawal';
import type { Referral } from '../data';
import { referralText } from '../mail/text/referral';

/**
 * The webhook's body: the grouped referral of core/referral-view.ts with every personal field
 * present, plus how to withdraw it. Receivers must ignore fields they do not know: fields may be
 * added, never changed in meaning.
 */
export interface ReferralPayload extends ReferralView<Referral> {
  readonly event: 'referral.created';
  /**
   * The partner site the entrepreneur came from. From a site that is not registered, the partner
   * is `niet-geregistreerd` and `unregisteredSite` is that site's host name (issue 12).
   */
  readonly partner: { readonly id: string; readonly unregisteredSite?: string };
  /** How the entrepreneur withdraws the request, in Dutch, for the network to act on. */
  readonly withdrawal: string;
  /**
   * The page where the entrepreneur withdraws it, the reference filled in; absent when the
   * deployment has no PUBLIC_ORIGIN. A withdrawal erases the referral, shows it as `withdrawn`
   * in the network console and sends a `referral.withdrawn` notice (withdrawal-notice.ts).
   */
  readonly withdrawalUrl?: string;
}

/** How the entrepreneur withdraws it, for the network to act on (`withdrawal`). */
function withdrawalText(network: string, reference: string, url: string | null): string {
  const text = referralText.nl;
  return fill(text.withdrawal, { how: fill(url === null ? text.withdrawByContact : text.withdrawOnline, { network, reference, url: url ?? '' }) });
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
    ...(referral.sourceHost === null ? {} : { partner: { id: referral.partnerId, unregisteredSite: referral.sourceHost } }),
    withdrawal: withdrawalText(networkName, referral.reference, url),
    ...(url === null ? {} : { withdrawalUrl: url }),
  };
}
