/**
 * @module Opening a result link made with the previous bank version: its answers are read with
 * that version's structure (core/bank/previous) and carried over as saved progress is
 * (core/bank/carry-over.ts). Questions that are new or ask something else stay open, so the
 * visitor answers those before the result shows; a link of any other version still says why not.
 */
import type { Answers } from './answers';
import { carryAnswers, carryOver } from './bank/carry-over';
import previous from './bank/previous/2026.1.json';
import type { BankStructure } from './bank/types';
import { unpackResult, type UnpackedResult } from './result-link';

const previousBank = previous as BankStructure;

/** A link of the previous version, carried: the answers that still count, and where from. */
export interface CarriedResult {
  readonly ok: true;
  readonly answers: Answers;
  readonly carriedFrom: string;
}

/** What a result link opens against `bank`: its answers, the carried answers of an older one, or why not. */
export function openResult(bank: BankStructure, packed: string): UnpackedResult | CarriedResult {
  const link = unpackResult(bank, packed);
  if (link.ok || link.reason !== 'other-version' || link.bankVersion !== carryOver.from) return link;
  const old = unpackResult(previousBank, packed);
  return old.ok ? { ok: true, answers: carryAnswers(old.answers), carriedFrom: carryOver.from } : old;
}
