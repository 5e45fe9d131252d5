/** The result link's fragment: short enough to type from paper, and the same result when opened. */
import { describe, expect, it } from 'vitest';
import { ANSWERS, type Answer } from '../../core/answers';
import { bankStructure } from '../../core/bank/index';
import { carryAnswers } from '../../core/bank/carry-over';
import previous from '../../core/bank/previous/2026.1.json';
import type { BankStructure } from '../../core/bank/types';
import { packResult, unpackResult } from '../../core/result-link';
import { openResult } from '../../core/result-link-carry';

const questions = bankStructure.questions;
/** Every answer a question allows, spread over the bank by a simple seeded walk. */
function someAnswers(seed: number) {
  return Object.fromEntries(
    questions.map((q, i) => {
      const allowed = q.answers;
      return [q.id, allowed[(seed * 7 + i * 3 + ((seed * i) % 5)) % allowed.length]!];
    }),
  ) as Record<string, Answer>;
}

describe('the result link', () => {
  it('packs 21 questions of six states (five answers, or not asked) in eleven characters after the bank version', () => {
    expect(questions).toHaveLength(21);
    expect(packResult(bankStructure, someAnswers(1))).toMatch(new RegExp(`^${bankStructure.version.replace('.', '\\.')}-[0-9A-HJKMNP-TV-Z]{11}$`));
  });

  it('opens a one-person firm\'s result, whose staff questions were not asked, to the same answers', () => {
    const hidden = questions.filter((q) => q.showWhen !== undefined).map((q) => q.id);
    expect(hidden.length).toBeGreaterThan(0);
    const answers = Object.fromEntries(questions.filter((q) => !hidden.includes(q.id)).map((q) => [q.id, 'yes' as const]));
    expect(unpackResult(bankStructure, packResult(bankStructure, answers))).toEqual({ ok: true, answers });
  });

  it('refuses a link where a question every company is asked was not answered', () => {
    const always = questions.find((q) => q.showWhen === undefined)!;
    const answers = Object.fromEntries(questions.filter((q) => q.id !== always.id).map((q) => [q.id, 'yes' as const]));
    expect(unpackResult(bankStructure, packResult(bankStructure, answers))).toEqual({ ok: false, reason: 'malformed' });
  });

  it('opens to exactly the answers it was made from, for many answer sets', () => {
    for (let seed = 0; seed < 200; seed++) {
      const answers = someAnswers(seed);
      expect(unpackResult(bankStructure, packResult(bankStructure, answers))).toEqual({ ok: true, answers });
    }
    // Each answer everywhere it is offered ("yes" elsewhere): the largest and smallest digits.
    const extremes = ANSWERS.map((a) => Object.fromEntries(questions.map((q) => [q.id, q.answers.includes(a) ? a : 'yes'])));
    for (const answers of extremes) expect(unpackResult(bankStructure, packResult(bankStructure, answers))).toEqual({ ok: true, answers });
  });

  it('forgives what typing from paper changes: lower case, O for 0, I or L for 1, spaces around', () => {
    const answers = Object.fromEntries(questions.map((q) => [q.id, 'yes' as const]));
    const packed = packResult(bankStructure, answers);
    const [version, digits] = packed.split('-');
    const typed = ` ${version}-${digits!.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(unpackResult(bankStructure, typed)).toEqual({ ok: true, answers });
  });

  it('says a link from another bank version is one, naming that version', () => {
    const other = packResult(bankStructure, someAnswers(3)).replace(bankStructure.version, '2025.1');
    expect(unpackResult(bankStructure, other)).toEqual({ ok: false, reason: 'other-version', bankVersion: '2025.1' });
  });

  it('refuses what no result makes: wrong length, foreign characters, a value past the last answer set', () => {
    const packed = packResult(bankStructure, someAnswers(2));
    for (const broken of [packed.slice(0, -1), `${packed}0`, packed.replace(/-./, '-U'), 'hello', `${bankStructure.version}-ZZZZZZZZ`]) {
      expect(unpackResult(bankStructure, broken)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});

describe('a result link of the previous bank version (2026.1)', () => {
  const previousBank = previous as BankStructure;
  const oldAnswers = Object.fromEntries(previousBank.questions.map((q, i) => [q.id, q.answers[i % q.answers.length]!])) as Record<string, Answer>;

  it('opens with the answers that carry over, and says where from', () => {
    expect(openResult(bankStructure, packResult(previousBank, oldAnswers))).toEqual({ ok: true, answers: carryAnswers(oldAnswers), carriedFrom: '2026.1' });
  });

  it('leaves open the questions that are new or ask something else', () => {
    const opened = openResult(bankStructure, packResult(previousBank, Object.fromEntries(previousBank.questions.map((q) => [q.id, 'yes' as const]))));
    expect(opened.ok && bankStructure.questions.filter((q) => !opened.answers[q.id]).map((q) => q.id)).toEqual([
      'webshop-till-updates', 'phishing-check', 'unsupported-devices', 'lost-devices',
    ]);
  });

  it('says a damaged one is damaged, and an older version than 2026.1 that it is from another version', () => {
    const packed = packResult(previousBank, oldAnswers);
    expect(openResult(bankStructure, `${packed.slice(0, -1)}Z`)).toMatchObject({ ok: false });
    expect(openResult(bankStructure, packed.replace('2026.1', '2019.1'))).toEqual({ ok: false, reason: 'other-version', bankVersion: '2019.1' });
  });

  it('opens a current link as it was, without carrying', () => {
    const answers = someAnswers(3);
    expect(openResult(bankStructure, packResult(bankStructure, answers))).toEqual({ ok: true, answers });
  });
});
