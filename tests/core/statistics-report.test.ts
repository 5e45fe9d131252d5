import { describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import { SUPPRESSED, TOP_GAPS, reportStatistics, sumReportableCells, type StatisticsFilters } from '../../core/statistics';
import { cell } from './statistics-fixtures';

const filters: StatisticsFilters = { from: '2026-01', to: '2026-06', network: 'cyberwerf', partner: null, sector: null, size: null };
const report = (...cells: Parameters<typeof cell>[0][]) => reportStatistics(filters, sumReportableCells(cells.map(cell)));
const questionIds = bankStructure.questions.map((q) => q.id);

describe('a group too small to show', () => {
  it('shows "<5" and no breakdown at all', () => {
    const body = report({ results: 4, green: 4, orange: 0, gaps: [{ questionId: 'mfa-email', gaps: 4 }] });
    expect(body.total).toBe(SUPPRESSED);
    expect(body.bands).toBeNull();
    expect(body.principles.every((p) => p.mean === null)).toBe(true);
    expect([body.topGaps, body.conversion, body.bankVersions]).toEqual([[], [], []]);
  });

  it('shows "<5", not 0, when nothing matched: 0 could hide a dropped group of one to four', () => {
    expect(report().total).toBe(SUPPRESSED);
  });

  it('leaves small cells out of a larger total instead of adding them', () => {
    expect(report({ results: 6 }, { results: 4, size: '10-49' }, { results: 5, month: '2026-04' }).total).toBe(11);
  });
});

describe('bands', () => {
  it('shows a band of one to four companies as "<5" and an empty band as 0', () => {
    expect(report({ results: 9, green: 1, orange: 8, red: 0 }).bands).toEqual({ green: SUPPRESSED, orange: 8, red: 0 });
  });
});

describe('principle means', () => {
  it('gives the mean over every result that scored the principle, in bank order', () => {
    const body = report(
      { results: 5, principles: [{ id: 'manage-access', scoreSum: 250, scored: 5 }] },
      { results: 5, size: '1', principles: [{ id: 'manage-access', scoreSum: 400, scored: 5 }] },
    );
    expect(body.principles.map((p) => p.id)).toEqual(bankStructure.principles);
    expect(body.principles.find((p) => p.id === 'manage-access')?.mean).toBe(65);
  });

  it('leaves out a cell where fewer than five results scored the principle ("not applicable" throughout)', () => {
    const body = report(
      { results: 6, principles: [{ id: 'map-risks', scoreSum: 300, scored: 6 }] },
      { results: 6, size: '1', principles: [{ id: 'map-risks', scoreSum: 0, scored: 1 }] },
    );
    expect(body.principles.find((p) => p.id === 'map-risks')?.mean).toBe(50);
    expect(body.principles.find((p) => p.id === 'safe-behaviour')?.mean).toBeNull();
  });
});

describe('top gaps', () => {
  it(`lists at most ${TOP_GAPS}, most frequent first, ties in bank order, counts of five or more only`, () => {
    const gaps = questionIds.map((questionId, i) => ({ questionId, gaps: i < 3 ? 4 : 5 + (i % 4) }));
    const body = report({ results: 40, gaps });
    expect(body.topGaps).toHaveLength(Math.min(TOP_GAPS, questionIds.length - 3));
    expect(body.topGaps.every((g) => g.count >= 5)).toBe(true);
    const counts = body.topGaps.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const eights = body.topGaps.filter((g) => g.count === 8).map((g) => questionIds.indexOf(g.questionId));
    expect(eights).toEqual([...eights].sort((a, b) => a - b));
  });
});

describe('conversion per partner', () => {
  it('shows assessments, referrals and their rate, most assessments first', () => {
    const body = report(
      { results: 10, referrals: 5 },
      { results: 20, partnerId: 'ondernemend-oost', partnerName: 'Ondernemend Oost', referrals: 0 },
    );
    expect(body.conversion).toEqual([
      { partnerId: 'ondernemend-oost', partnerName: 'Ondernemend Oost', assessments: 20, referrals: 0, rate: 0 },
      { partnerId: 'haagse-ondernemers', partnerName: 'Haagse Ondernemers', assessments: 10, referrals: 5, rate: 0.5 },
    ]);
  });

  it('shows one to four referrals as "<5" without a rate', () => {
    expect(report({ results: 30, referrals: 2 }).conversion[0]).toMatchObject({ referrals: SUPPRESSED, rate: null });
  });

  it('does not count the referrals of a dropped cell', () => {
    expect(report({ results: 8, referrals: 5 }, { results: 3, size: '1', referrals: 3 }).conversion[0]?.referrals).toBe(5);
  });
});

describe('bank versions', () => {
  it('lists every version the reported cells answered, so mixed figures can be flagged', () => {
    expect(report({ results: 5 }, { results: 5, size: '1', bankVersions: ['2027.1'] }).bankVersions).toEqual(['2026.1', '2027.1']);
  });
});
