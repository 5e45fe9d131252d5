/** @module The shape of the question bank: structure (ids, weights) and texts per language. */
import type { Answer } from '../answers';

/** Languages the product speaks; Dutch is the default. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The five principles of the current joint NCSC + DTC guideline, in their official order. */
export const PRINCIPLE_IDS = [
  'map-risks',
  'safe-behaviour',
  'protect-systems',
  'manage-access',
  'prepare-incidents',
] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

/**
 * The 2018 DTC set, kept so the bank can also be presented that way. The title of the fifth
 * 2018 principle was never confirmed in public sources; `malware` is the most likely reading.
 */
export const PRINCIPLE_2018_IDS = ['inventory', 'settings', 'updates', 'access', 'malware'] as const;
export type Principle2018Id = (typeof PRINCIPLE_2018_IDS)[number];

/** Language-independent facts about one question. */
export interface QuestionStructure {
  /** Stable id: results and statistics refer to it, so it never changes meaning. */
  readonly id: string;
  readonly principle: PrincipleId;
  /** 1 (useful) to 3 (essential). */
  readonly weight: 1 | 2 | 3;
  /** A critical control costs its weight when answered "no" or "don't know" (core/scoring.ts). */
  readonly critical: boolean;
  /**
   * The answers this question offers, in display order: "partly" only where it has a meaning,
   * "not applicable" only where a company can really be unconcerned (never a critical question).
   */
  readonly answers: readonly Answer[];
  /** Shown only to companies this fits; without it, to everyone (core/bank/visibility.ts). */
  readonly showWhen?: QuestionCondition;
  /** The 2018 principle(s) this question also covers. */
  readonly covers2018: readonly Principle2018Id[];
}

/**
 * Which company profiles a question fits. Every listed part must match; a part the visitor
 * skipped matches, because asking one question too many beats skipping one that applies.
 */
export interface QuestionCondition {
  /** Size band ids (core/profile) the question is shown to. */
  readonly sizes?: readonly string[];
  /** Sector ids (core/profile) the question is shown to. */
  readonly sectors?: readonly string[];
}

export interface BankStructure {
  /** Goes with every result, so statistics never mix answers to different questions. */
  readonly version: string;
  readonly principles: readonly PrincipleId[];
  readonly questions: readonly QuestionStructure[];
}

export interface PrincipleText {
  readonly title: string;
  /** One line that says what the principle is about. */
  readonly summary: string;
}

/** A question's texts needed up to the last question: what the visitor reads while answering. */
export interface QuestionText {
  readonly text: string;
  /** Why this matters, in plain words; shown behind a "help" toggle. */
  readonly why: string;
}

/**
 * A question's advice, read only on the result. It lives in its own file per language
 * (`advice.<lang>.json`), so that widget.js can leave it to a chunk that loads during the questions.
 */
export interface QuestionAdvice {
  /** A concrete action for "no": what to do this week. */
  readonly no: string;
  /** How to finish the job after "partly"; only where the question offers "partly". */
  readonly partial?: string;
  /** How to find out after "don't know". */
  readonly unknown: string;
  /** What to ask your IT supplier if they take care of this. */
  readonly askSupplier: string;
}

/** The texts of the bank in one language that the questions need: principles and question texts. */
export interface BankTexts {
  readonly lang: Lang;
  readonly principles: Readonly<Record<PrincipleId, PrincipleText>>;
  readonly questions: Readonly<Record<string, QuestionText>>;
}

/** The result texts of the bank in one language: the advice per question id. */
export interface BankAdvice {
  readonly lang: Lang;
  readonly questions: Readonly<Record<string, QuestionAdvice>>;
}

export type Principle = PrincipleText & { readonly id: PrincipleId };
/** A question as the visitor answers it. */
export type QuestionOnScreen = QuestionStructure & QuestionText;
export type Question = QuestionOnScreen & { readonly advice: QuestionAdvice };

/** What the questions need of the bank in one language: structure and question texts joined. */
export interface QuestionBank {
  readonly version: string;
  readonly lang: Lang;
  readonly principles: readonly Principle[];
  readonly questions: readonly QuestionOnScreen[];
}

/** The whole bank as the API serves it: the question bank with each question's advice. */
export interface LocalisedBank extends QuestionBank {
  readonly questions: readonly Question[];
}
