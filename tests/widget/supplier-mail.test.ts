/** The e-mail to the IT supplier: what to ask about each open point, most important first, and the result link. */
import { describe, expect, test } from 'vitest';
import type { Answer } from '../../core/answers';
import { bankAdviceNl, bankStructure, bankTextsNl } from '../../core/bank/index';
import { scoreAssessment } from '../../core/scoring';
import { supplierMail } from '../../widget/supplier/compose';

const answers = Object.fromEntries(bankStructure.questions.map((q, i) => [q.id, (['yes', 'no', 'partial', 'unknown'] as Answer[])[i % 4]!]));
const questions = new Map(bankStructure.questions.map((q) => [q.id, { ...q, ...bankTextsNl.questions[q.id]! }]));
const { actions } = scoreAssessment(bankStructure, answers);
const LINK = 'https://www.bakkerij.example/#cyberscan=2026.1-7K4P2QX9';

describe('the e-mail to the IT supplier', () => {
  const url = new URL(supplierMail({ lang: 'nl', questions, advice: bankAdviceNl, answers, actions, link: LINK }));

  test('is a mailto: without a recipient, for the visitor to address', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('');
    expect(url.searchParams.get('subject')).toBe('Vragen over de digitale veiligheid van ons bedrijf');
  });

  test('asks about every open point in the order of importance, and ends with the result link', () => {
    const body = url.searchParams.get('body')!;
    const positions = actions.map((id) => body.indexOf(bankAdviceNl.questions[id]!.askSupplier));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(body.endsWith(`Mijn uitslag: ${LINK}`)).toBe(true);
    const done = bankStructure.questions.filter((q) => answers[q.id] === 'yes').map((q) => bankAdviceNl.questions[q.id]!.askSupplier);
    for (const text of done) expect(body).not.toContain(text);
  });
});
