/**
 * @module The invitation to do the check again after the students' scan (issue 10): what the
 * console shows of it, and the link it carries. The link opens the check on this worker's own
 * page for the partner (`/frame`, which needs no partner site), with the earlier answers in the
 * result link's fragment when the entrepreneur shared them, so they change only what changed.
 * Without shared answers the server knows no earlier band, so that check counts as a first one.
 */
import type { Answers } from './answers';
import type { BankStructure, Lang } from './bank/types';
import { recheckFragment } from './recheck';
import { packResult } from './result-link';

/** 'pending' until the queue takes it, 'queued' while it is tried, then 'sent' or 'failed'. */
export type RecheckInvitationStatus = 'pending' | 'queued' | 'sent' | 'failed';

/** The invitation of one referral, in `ReferralDetail.recheckInvitation`. */
export interface RecheckInvitation {
  readonly status: RecheckInvitationStatus;
  /** ISO 8601 UTC: when the network asked for it. */
  readonly requestedAt: string;
  /** When the status last changed (sent: when it went out). */
  readonly statusAt: string;
  /** A network's coordinator or an administrator (`StatusActor` of core/inbox.ts, less the entrepreneur). */
  readonly by: 'network' | 'admin';
  /** The coordinator whose token asked ('' for a token without a name). */
  readonly byName: string;
}

/** The console's route under a referral: `POST` asks for the invitation. */
export const RECHECK_INVITATION_PATH = 'recheck-invitation';

/** Only a failed invitation may be asked for again: one sent or on its way is never repeated. */
export const mayInviteAgain = (invitation: RecheckInvitation | null): boolean => invitation === null || invitation.status === 'failed';

/**
 * The link in the invitation: the check of `partnerId` on `origin`, in `lang`, counting for the
 * inviting network `networkId` (the page's network, so the re-check shows in that network's
 * statistics whatever postcode is given). When the answers
 * were shared and are of `bank`'s version, it starts the re-check from them, marked as one after
 * the scan (core/recheck.ts), so its anonymous result counts as such; a link of another version
 * would not open, so then it is the plain check. Null without an origin.
 */
export function recheckLink(
  origin: string | undefined,
  where: { readonly partnerId: string; readonly networkId: string; readonly lang: Lang },
  bank: BankStructure,
  shared: { readonly answers: Answers; readonly bankVersion: string } | null,
): string | null {
  if (!origin) return null;
  const url = new URL('/frame', origin);
  url.searchParams.set('partner', where.partnerId);
  url.searchParams.set('lang', where.lang);
  url.searchParams.set('network', where.networkId);
  if (shared !== null && shared.bankVersion === bank.version) url.hash = recheckFragment(packResult(bank, shared.answers), true);
  return url.href;
}
