/** The result link's fragment: short enough to type from paper, and the same result when opened. */
import { describe, expect, it } from 'vitest';
import { ANSWERS, type Answer } from '../../core/answers';
import { bankStructure } from '../../core/bank/index';
import { packResult, unpackResult } from '../../core/result-link';

const questions = bankStructure.questions;
/** Every answer a question allows, spread over the bank by a simple seeded walk. */
function someAnswers(seed: number) {
  return Object.fromEntries(
    questions.map((q, i) => {
      const allowed = ANSWERS.filter((a) => a !== 'na' || q.naAllowed);
      return [q.id, allowed[(seed * 7 + i * 3 + ((seed * i) % 5)) % allowed.length]!];
    }),
  ) as Record<string, Answer>;
}

describe('the result link', () => {
  it('packs 17 answers of five states in eight characters after the bank version', () => {
    expect(questions).toHaveLength(17);
    expect(packResult(bankStructure, someAnswers(1))).toMatch(new RegExp(`^${bankStructure.version.replace('.', '\\.')}-[0-9A-HJKMNP-TV-Z]{8}$`));
  });

  it('opens to exactly the answers it was made from, for many answer sets', () => {
    for (let seed = 0; seed < 200; seed++) {
      const answers = someAnswers(seed);
      expect(unpackResult(bankStructure, packResult(bankStructure, answers))).toEqual({ ok: true, answers });
    }
    const extremes = ANSWERS.filter((a) => a !== 'na').map((a) => Object.fromEntries(questions.map((q) => [q.id, a])));
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
