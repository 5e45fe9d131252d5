import { describe, it, expect } from 'vitest';
import { bankAdvice, bankStructure, bankTexts } from '../../core/bank';
import { MAX_CRITICAL, bankAdviceSchema, bankStructureSchema, bankTextsSchema, textCoverageProblems } from '../../core/bank/schema';
import { LANGS, PRINCIPLE_IDS } from '../../core/bank/types';
import { isShown } from '../../core/bank/visibility';
import { SECTOR_IDS } from '../../core/profile';

const questionIds = bankStructure.questions.map((q) => q.id);

/** Every string in a value, however deeply nested. */
const allStrings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(allStrings)
      : [];

describe('question bank structure', () => {
  it('passes the structure schema', () => {
    expect(bankStructureSchema.safeParse(bankStructure).error?.issues).toBeUndefined();
  });

  it('carries a version, so statistics never mix different banks', () => {
    expect(bankStructure.version).toMatch(/^\d{4}\.\d+$/);
  });

  it('gives every question a unique id', () => {
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('weighs every question from 1 to 3', () => {
    const outOfRange = bankStructure.questions.filter((q) => !Number.isInteger(q.weight) || q.weight < 1 || q.weight > 3);
    expect(outOfRange.map((q) => q.id)).toEqual([]);
  });

  it(`marks at most ${MAX_CRITICAL} questions as critical, so a cap stays meaningful`, () => {
    expect(bankStructure.questions.filter((q) => q.critical).length).toBeLessThanOrEqual(MAX_CRITICAL);
  });

  it('never lets a critical question be answered "not applicable"', () => {
    const both = bankStructure.questions.filter((q) => q.critical && q.answers.includes('na'));
    expect(both.map((q) => q.id)).toEqual([]);
  });

  it('asks about a webshop or till only shops and hospitality (and whoever skipped the sector), who may have neither', () => {
    const webshop = bankStructure.questions.find((q) => q.id === 'webshop-till-updates')!;
    const shownTo = [...SECTOR_IDS, undefined].filter((sector) => isShown(webshop, sector ? { sector } : {}));
    expect(shownTo).toEqual(['retail', 'hospitality', undefined]);
    expect(webshop.answers).toContain('na');
  });
});

describe('the structure schema refuses', () => {
  const first = bankStructure.questions[0]!;
  const withFirst = (changes: object) => ({ ...bankStructure, questions: [{ ...first, ...changes }, ...bankStructure.questions.slice(1)] });
  const messages = (changes: object) => bankStructureSchema.safeParse(withFirst(changes)).error?.issues.map((i) => i.message) ?? [];

  it('"not applicable" on a critical question', () => {
    // The first question is not critical, and there may be no more critical ones: swap one for it.
    const critical = bankStructure.questions.find((q) => q.critical)!;
    const swapped = { ...bankStructure, questions: bankStructure.questions.map((q) => (q === critical ? { ...q, critical: false } : q === first ? { ...q, critical: true, answers: ['yes', 'no', 'unknown', 'na'] } : q)) };
    expect(bankStructureSchema.safeParse(swapped).error?.issues.map((i) => i.message)).toEqual([
      `${first.id}: a critical question cannot offer "not applicable"`,
    ]);
  });

  it('a question without "don\'t know"', () => {
    expect(messages({ answers: ['yes', 'no'] })).toEqual([`${first.id}: every question offers "unknown"`]);
  });

  it('answers out of the display order or twice', () => {
    expect(messages({ answers: ['no', 'yes', 'unknown'] })).toHaveLength(1);
    expect(messages({ answers: ['yes', 'no', 'no', 'unknown'] })).toHaveLength(1);
  });

  it('a condition on a size band or sector that does not exist', () => {
    expect(messages({ showWhen: { sizes: ['2-5'] } })).toHaveLength(1);
    expect(messages({ showWhen: { sectors: ['shipping'] } })).toHaveLength(1);
    expect(messages({ showWhen: { sizes: ['2-9'] } })).toEqual([]);
  });
});

describe.each(LANGS)('question bank texts in %s', (lang) => {
  const texts = bankTexts[lang];

  it('pass the texts schema and declare their own language', () => {
    expect(bankTextsSchema.safeParse(texts).error?.issues).toBeUndefined();
    expect(texts.lang).toBe(lang);
  });

  it('cover every question and no unknown one', () => {
    expect(textCoverageProblems(questionIds, bankTextsSchema.parse(texts))).toEqual([]);
  });

  it('give every principle a title and a summary', () => {
    for (const id of PRINCIPLE_IDS) {
      expect(texts.principles[id]?.title.trim(), `${id} title`).toBeTruthy();
      expect(texts.principles[id]?.summary.trim(), `${id} summary`).toBeTruthy();
    }
  });

  it('contain no placeholder left from drafting', () => {
    expect(allStrings(texts).filter((s) => s.includes('TODO'))).toEqual([]);
  });
});

describe.each(LANGS)('question bank advice in %s', (lang) => {
  const advice = bankAdvice[lang];

  it('passes the advice schema and declares its own language', () => {
    expect(bankAdviceSchema.safeParse(advice).error?.issues).toBeUndefined();
    expect(advice.lang).toBe(lang);
  });

  it('covers every question and no unknown one', () => {
    expect(textCoverageProblems(questionIds, bankAdviceSchema.parse(advice))).toEqual([]);
  });

  it('gives "partly" advice exactly where the question offers "partly"', () => {
    const mismatched = bankStructure.questions.filter((q) => q.answers.includes('partial') !== (advice.questions[q.id]?.partial !== undefined));
    expect(mismatched.map((q) => q.id)).toEqual([]);
  });

  it('contains no placeholder left from drafting', () => {
    expect(allStrings(advice).filter((s) => s.includes('TODO'))).toEqual([]);
  });
});
