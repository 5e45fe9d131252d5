import { describe, expect, it } from 'vitest';
import type { Answer, Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank';
import { carryAnswers, carryOver } from '../../core/bank/carry-over';
import previous from '../../core/bank/previous/2026.1.json';
import { carryGapTallies, gapVersions } from '../../core/statistics/carried-gaps';
import type { Tally } from '../../core/statistics';

const current = new Map(bankStructure.questions.map((q) => [q.id, q]));
const previousYes: Answers = Object.fromEntries(previous.questions.map((q) => [q.id, 'yes']));

describe('the carry-over from 2026.1 to the current bank', () => {
  it('comes from the previous version and decides for every one of its questions', () => {
    expect([carryOver.from, previous.version, bankStructure.version]).toEqual(['2026.1', '2026.1', '2027.1']);
    expect(Object.keys(carryOver.questions).sort()).toEqual(previous.questions.map((q) => q.id).sort());
  });

  it('leads only to current questions, with answers those questions offer', () => {
    for (const [from, steps] of Object.entries(carryOver.questions)) {
      for (const step of steps) {
        const target = current.get(step.to);
        expect(target, `${from} -> ${step.to}`).toBeDefined();
        const offered = previous.questions.find((q) => q.id === from)!.answers as readonly Answer[];
        for (const answer of offered) {
          const carried = carryAnswers({ [from]: answer })[step.to];
          if (carried !== undefined) expect(target!.answers, `${from} ${answer} -> ${step.to} ${carried}`).toContain(carried);
        }
      }
    }
  });

  it('keeps "yes" on every question that still asks the same, and asks the new and changed ones again', () => {
    const carried = carryAnswers(previousYes);
    expect(Object.values(carried).every((a) => a === 'yes')).toBe(true);
    expect(bankStructure.questions.map((q) => q.id).filter((id) => carried[id] === undefined)).toEqual([
      'webshop-till-updates', 'phishing-check', 'unsupported-devices', 'lost-devices',
    ]);
  });

  it('reads a "partly" tested restore, emergency list or payment check as "no"', () => {
    expect(carryAnswers({ 'restore-tested': 'partial', 'incident-contacts': 'partial', 'payment-fraud-check': 'partial' })).toEqual({
      'restore-tested': 'no', 'incident-contacts': 'no', 'payment-fraud-check': 'no',
    });
  });

  it('splits separate back-ups: "yes" is both a back-up and one apart, "no" only says none is apart', () => {
    expect(carryAnswers({ 'separate-backups': 'yes' })).toEqual({ 'has-backup': 'yes', 'backup-offline': 'yes' });
    expect(carryAnswers({ 'separate-backups': 'no' })).toEqual({ 'backup-offline': 'no' });
    expect(carryAnswers({ 'separate-backups': 'partial' })).toEqual({});
  });

  it('drops "not applicable" where the question no longer offers it, and the self-rated phishing question', () => {
    expect(carryAnswers({ 'supplier-agreements': 'na', 'default-passwords': 'na', 'phishing-awareness': 'yes' })).toEqual({});
  });
});

describe('question gaps of 2026.1 in the statistics', () => {
  const row = (measure: Tally['measure'], category: string, value: number, month = '2027-01'): Tally => ({ month, measure, category, value });
  const ids = bankStructure.questions.map((q) => q.id);

  it('count for the question that took over, summed with its own counts of the month', () => {
    const carried = carryGapTallies([row('answer-no', 'supplier-agreements', 3), row('answer-no', 'supplier-backups', 4)], ids);
    expect(carried).toEqual([row('answer-no', 'supplier-backups', 7)]);
  });

  it('count a separate-backups "no" or "don\'t know" for backup-offline only', () => {
    expect(carryGapTallies([row('answer-no', 'separate-backups', 6), row('answer-unknown', 'separate-backups', 2)], ids)).toEqual([
      row('answer-no', 'backup-offline', 6), row('answer-unknown', 'backup-offline', 2),
    ]);
  });

  it('drop out where the question now asks something else, and leave every other row as it was', () => {
    const others = [row('results', '', 9), row('answer-no', 'mfa-email', 5), row('answer-no', 'mfa-email', 1, '2027-02')];
    expect(carryGapTallies([...others, row('answer-no', 'phishing-awareness', 8)], ids)).toEqual(others);
  });

  it('say which versions a question\'s counts may mix', () => {
    expect(gapVersions('backup-offline', '2027.1')).toEqual(['2026.1', '2027.1']);
    expect(gapVersions('phishing-check', '2027.1')).toEqual(['2027.1']);
    expect(gapVersions('has-backup', '2027.1')).toEqual(['2027.1']);
  });
});
