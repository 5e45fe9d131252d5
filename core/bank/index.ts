/**
 * @module The question bank as typed data. The JSON files are the content; the schema tests in
 * tests/core prove they match these types, which is why the casts below are safe.
 */
import structureJson from './structure.json';
import nlJson from './text.nl.json';
import enJson from './text.en.json';
import type { BankStructure, BankTexts, Lang } from './types';

export const bankStructure = structureJson as BankStructure;

/** Dutch texts: the widget bundles these so the Dutch path needs no extra request. */
export const bankTextsNl = nlJson as BankTexts;

/** English texts: the worker serves these; the widget fetches them on demand. */
export const bankTextsEn = enJson as BankTexts;

export const bankTexts: Readonly<Record<Lang, BankTexts>> = { nl: bankTextsNl, en: bankTextsEn };
