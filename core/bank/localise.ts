/** @module Joins the bank's structure with the texts of one language. */
import type { BankStructure, BankTexts, LocalisedBank } from './types';

/**
 * Returns the bank in the language of `texts`. Pure: the widget runs it on bundled Dutch texts,
 * the worker on whichever language was asked for.
 */
/*#__NO_SIDE_EFFECTS__*/
export function localiseBank(structure: BankStructure, texts: BankTexts): LocalisedBank {
  return {
    version: structure.version,
    lang: texts.lang,
    principles: structure.principles.map((id) => ({ id, ...texts.principles[id] })),
    questions: structure.questions.map((q) => ({ ...q, ...texts.questions[q.id]! })),
  };
}
