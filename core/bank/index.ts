/**
 * @module The question bank as typed data. The JSON files are the content; the schema tests in
 * tests/core prove they match these types, which is why the casts below are safe.
 */
import structureJson from './structure.json';
import nlJson from './text.nl.json';
import enJson from './text.en.json';
import adviceNlJson from './advice.nl.json';
import adviceEnJson from './advice.en.json';
import type { BankAdvice, BankStructure, BankTexts, Lang } from './types';

export const bankStructure = structureJson as BankStructure;

/** Dutch texts up to the last question: widget.js bundles these so the Dutch path needs no extra request. */
export const bankTextsNl = nlJson as BankTexts;

/** English texts: the worker serves these; the widget fetches them on demand. */
export const bankTextsEn = enJson as BankTexts;

export const bankTexts: Readonly<Record<Lang, BankTexts>> = { nl: bankTextsNl, en: bankTextsEn };

/** Dutch advice: the widget loads it as widget-advice.js, during the questions. */
export const bankAdviceNl = adviceNlJson as BankAdvice;

export const bankAdvice: Readonly<Record<Lang, BankAdvice>> = { nl: bankAdviceNl, en: adviceEnJson as BankAdvice };
