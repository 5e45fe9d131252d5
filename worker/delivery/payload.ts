/**
 * @module What a network receives about a referral: the webhook's JSON body, which the e-mail
 * renders as text. worker/delivery/README.md documents it for receivers.
 */
import type { Answers } from '../../core/answers';
import type { Lang } from '../../core/bank/types';
import type { SectorId, SizeId } from '../../core/profile';
import type { Band } from '../../core/scoring';
import type { Referral } from '../data';
import { referralView } from '../views/referral';

/** Receivers must ignore fields they do not know: fields may be added, never changed in meaning. */
export interface ReferralPayload {
  readonly event: 'referral.created';
  /** Short code to quote to the entrepreneur; also the `X-CyberScan-Delivery` header. */
  readonly reference: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly network: { readonly id: string; readonly name: string };
  /**
   * The partner site the entrepreneur came from. From a site that is not registered, the partner
   * is `niet-geregistreerd` and `unregisteredSite` is that site's host name (added by issue 12).
   */
  readonly partner: { readonly id: string; readonly unregisteredSite?: string };
  /** The language the entrepreneur used. */
  readonly lang: Lang;
  readonly company: {
    readonly name: string;
    /** PC4: the four digits of the postcode. */
    readonly postcode: number;
    readonly sector: SectorId | null;
    readonly size: SizeId | null;
  };
  readonly contact: { readonly name: string; readonly email: string; readonly phone: string | null };
  readonly message: string | null;
  readonly assessment: {
    readonly bankVersion: string;
    /** 0-100, indicative and self-reported. */
    readonly overall: number;
    readonly band: Band;
    readonly answersShared: boolean;
    /** Only when the entrepreneur chose to share them: question id → answer. */
    readonly answers?: Answers;
    /** Only with shared answers: question ids to work on, most urgent first. */
    readonly adviceQuestionIds?: readonly string[];
  };
  /** How the entrepreneur withdraws the request, in Dutch, for the network to act on. */
  readonly withdrawal: string;
  /**
   * The page where the entrepreneur withdraws it, the reference filled in; absent when the
   * deployment has no PUBLIC_ORIGIN. A withdrawal erases the referral, shows it as `withdrawn`
   * in the network console and sends a `referral.withdrawn` notice (withdrawal-notice.ts).
   */
  readonly withdrawalUrl?: string;
}

/** The path of the withdrawal page, its form and its stylesheet (worker/routes/withdrawals-page.ts). */
export const WITHDRAWAL_PATH = '/withdraw';

/** The withdrawal page on `origin` with `reference` filled in; null without an origin. */
export function withdrawalUrl(origin: string | undefined, reference: string): string | null {
  if (!origin) return null;
  const url = new URL(WITHDRAWAL_PATH, origin);
  url.searchParams.set('reference', reference);
  return url.href;
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
    ...(referral.sourceHost === null ? {} : { partner: { id: referral.partnerId, unregisteredSite: referral.sourceHost } }),
    withdrawal: withdrawalText(networkName, referral.reference, url),
    ...(url === null ? {} : { withdrawalUrl: url }),
  };
}
