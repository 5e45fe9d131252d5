import { describe, expect, it } from 'vitest';
import {
  MIN_GROUP_SIZE, SUPPRESSED, isReportableCell, reportCount, reportMean, reportRate,
} from '../../core/statistics';

describe('the smallest group statistics show', () => {
  it('is five, shown as "<5" below that', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect(SUPPRESSED).toBe('<5');
  });

  it('keeps a cell of five results and drops a cell of four', () => {
    expect(isReportableCell(5)).toBe(true);
    expect(isReportableCell(4)).toBe(false);
    expect(isReportableCell(0)).toBe(false);
  });
});

describe('a count inside a reportable group', () => {
  it.each([1, 2, 3, 4])('shows %i as "<5": it is about one to four companies', (n) => {
    expect(reportCount(n)).toBe(SUPPRESSED);
  });

  it('shows 0 and counts of five or more as they are', () => {
    expect(reportCount(0)).toBe(0);
    expect(reportCount(5)).toBe(5);
    expect(reportCount(1234)).toBe(1234);
  });
});

describe('a mean', () => {
  it('is shown to one decimal over five values or more', () => {
    expect(reportMean(303, 5)).toBe(60.6);
    expect(reportMean(2000, 30)).toBe(66.7);
  });

  it('is null over fewer than five values, so no single score can be read from it', () => {
    expect(reportMean(80, 1)).toBeNull();
    expect(reportMean(320, 4)).toBeNull();
    expect(reportMean(0, 0)).toBeNull();
  });
});

describe('a conversion rate', () => {
  it('is referrals per assessment to three decimals', () => {
    expect(reportRate(5, 40)).toBe(0.125);
    expect(reportRate(0, 12)).toBe(0);
  });

  it('is null when the referrals are suppressed or the assessments too few', () => {
    expect(reportRate(SUPPRESSED, 40)).toBeNull();
    expect(reportRate(0, 4)).toBeNull();
  });
});
