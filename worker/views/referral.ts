/**
 * @module One referral as networks read it, grouped the same way wherever they get it: in the
 * webhook payload and e-mail (worker/delivery/payload.ts) and in the console's detail
 * (worker/routes/network-referrals-detail.ts).
 */
import type { Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank';
import { scoreAssessment, type Band } from '../../core/scoring';

/** What both a stored referral and the console's view of one have; personal fields are null once erased. */
export interface ReferralFields {
  readonly reference: string;
  readonly createdAt: string;
  readonly networkId: string;
  readonly partnerId: string;
  readonly lang: string;
  readonly companyName: string | null;
  readonly postcode: number | null;
  readonly sector: string | null;
  readonly size: string | null;
  readonly contactName: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly message: string | null;
  readonly bankVersion: string;
  readonly overall: number;
  readonly band: Band;
  /** Only when the entrepreneur chose to share them, and until erasure. */
  readonly sharedAnswers: Answers | null;
}

/**
 * Shared answers with the advice to work on first. Advice comes from the live bank's rules;
 * answers to an older bank are passed on without it.
 */
export function sharedAssessment(answers: Answers, bankVersion: string): { answers: Answers; adviceQuestionIds?: readonly string[] } {
  if (bankVersion !== bankStructure.version) return { answers };
  return { answers, adviceQuestionIds: scoreAssessment(bankStructure, answers).actions };
}

/** The grouped view; each personal field keeps the type the caller's referral has. */
export interface ReferralView<R extends ReferralFields> {
  readonly reference: string;
  readonly createdAt: string;
  readonly network: { readonly id: string; readonly name: string };
  readonly partner: { readonly id: string };
  readonly lang: R['lang'];
  readonly company: { readonly name: R['companyName']; readonly postcode: R['postcode']; readonly sector: R['sector']; readonly size: R['size'] };
  readonly contact: { readonly name: R['contactName']; readonly email: R['email']; readonly phone: R['phone'] };
  readonly message: R['message'];
  readonly assessment: {
    readonly bankVersion: string;
    readonly overall: number;
    readonly band: Band;
    readonly answersShared: boolean;
    readonly answers?: Answers;
    readonly adviceQuestionIds?: readonly string[];
  };
}

/**
 * The grouped view of `referral`. Generic so each caller keeps its own field types (a referral
 * being delivered has every personal field; the console's may be erased). `answersShared` is
 * passed in because an erased referral was shared but no longer has the answers.
 */
export function referralView<R extends ReferralFields>(referral: R, networkName: string, answersShared: boolean): ReferralView<R> {
  return {
    reference: referral.reference,
    createdAt: referral.createdAt,
    network: { id: referral.networkId, name: networkName },
    partner: { id: referral.partnerId },
    lang: referral.lang,
    company: { name: referral.companyName, postcode: referral.postcode, sector: referral.sector, size: referral.size },
    contact: { name: referral.contactName, email: referral.email, phone: referral.phone },
    message: referral.message,
    assessment: {
      bankVersion: referral.bankVersion,
      overall: referral.overall,
      band: referral.band,
      answersShared,
      ...(referral.sharedAnswers === null ? {} : sharedAssessment(referral.sharedAnswers, referral.bankVersion)),
    },
  };
}
