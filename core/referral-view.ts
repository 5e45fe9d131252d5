/**
 * @module One referral as a network reads it, declared once: the webhook payload and e-mail
 * (worker/delivery/payload.ts) and the console's detail (`ReferralDetail` in core/inbox.ts)
 * both extend this shape, so a network reads the same groups and names wherever it gets one.
 */
import type { Answers } from './answers';
import { bankStructure } from './bank';
import type { Lang } from './bank/types';
import type { SectorId, SizeId } from './profile';
import { scoreAssessment, type Band } from './scoring';

/**
 * The flat fields a referral has wherever it is read. Personal fields are nullable here because
 * the console shows erased referrals; a referral being delivered narrows them to non-null, and
 * {@link ReferralView} keeps whichever types the caller's referral has.
 */
export interface ReferralFields {
  readonly reference: string;
  readonly createdAt: string;
  readonly networkId: string;
  readonly partnerId: string;
  readonly lang: Lang;
  readonly companyName: string | null;
  readonly postcode: number | null;
  readonly sector: SectorId | null;
  readonly size: SizeId | null;
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

/** The grouped view; each personal field keeps the type the caller's referral `R` has. */
export interface ReferralView<R extends ReferralFields = ReferralFields> {
  /** Short code to quote to the entrepreneur. */
  readonly reference: string;
  /** ISO 8601 UTC. */
  readonly createdAt: string;
  readonly network: { readonly id: string; readonly name: string };
  /** The partner site the entrepreneur came from. */
  readonly partner: { readonly id: string };
  /** The language the entrepreneur used. */
  readonly lang: R['lang'];
  readonly company: {
    readonly name: R['companyName'];
    /** PC4: the four digits of the postcode. */
    readonly postcode: R['postcode'];
    readonly sector: R['sector'];
    readonly size: R['size'];
  };
  readonly contact: { readonly name: R['contactName']; readonly email: R['email']; readonly phone: R['phone'] };
  readonly message: R['message'];
  readonly assessment: {
    readonly bankVersion: string;
    /** 0-100, indicative and self-reported. */
    readonly overall: number;
    readonly band: Band;
    readonly answersShared: boolean;
    /** Only when the entrepreneur shared them (and they are not erased): question id → answer. */
    readonly answers?: Answers;
    /** Only with shared answers to the live bank: question ids to work on, most urgent first. */
    readonly adviceQuestionIds?: readonly string[];
  };
}

/**
 * Shared answers with the advice to work on first. Advice comes from the live bank's rules;
 * answers to an older bank are passed on without it.
 */
export function sharedAssessment(answers: Answers, bankVersion: string): { answers: Answers; adviceQuestionIds?: readonly string[] } {
  if (bankVersion !== bankStructure.version) return { answers };
  return { answers, adviceQuestionIds: scoreAssessment(bankStructure, answers).actions };
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
