/** @module Joins the bank's structure with the texts (and advice) of one language. */
import type { BankAdvice, BankStructure, BankTexts, LocalisedBank, QuestionBank } from './types';

/**
 * Returns what the questions need in the language of `texts`. Pure: the widget runs it on its
 * bundled Dutch texts.
 */
/*#__NO_SIDE_EFFECTS__*/
export function localiseQuestions(structure: BankStructure, texts: BankTexts): QuestionBank {
  return {
    version: structure.version,
    lang: texts.lang,
    principles: structure.principles.map((id) => ({ id, ...texts.principles[id] })),
    questions: structure.questions.map((q) => ({ ...q, ...texts.questions[q.id]! })),
  };
}

/** Returns the whole bank, advice included, as the worker serves it in any language. */
export function localiseBank(structure: BankStructure, texts: BankTexts, advice: BankAdvice): LocalisedBank {
  const bank = localiseQuestions(structure, texts);
  return { ...bank, questions: bank.questions.map((q) => ({ ...q, advice: advice.questions[q.id]! })) };
}
