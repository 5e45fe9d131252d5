/** The re-check contract: what a re-check's anonymous result may say about the earlier result, and the link that starts one. */
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../core/answers';
import { bankStructure } from '../../core/bank/index';
import { isRecheck, RECHECK_LINK_KEY, recheckAsked, recheckFragment } from '../../core/recheck';
import { packResult, RESULT_LINK_KEY, unpackResult } from '../../core/result-link';
import { BANDS, bandFor } from '../../core/scoring';

describe('the re-check an anonymous result carries', () => {
  it('is an earlier band and whether it follows the students\' scan', () => {
    for (const previousBand of BANDS) {
      expect(isRecheck({ previousBand, afterScan: false })).toBe(true);
      expect(isRecheck({ previousBand, afterScan: true })).toBe(true);
    }
  });

  it('names every band a score can have', () => {
    for (let overall = 0; overall <= 100; overall++) expect(BANDS).toContain(bandFor(overall));
  });

  it('refuses anything that could single a visitor out: a date, an earlier score or an id', () => {
    expect(isRecheck({ previousBand: 'orange', afterScan: false, previousDate: '2026-09-01' })).toBe(false);
    expect(isRecheck({ previousBand: 'orange', afterScan: false, previousOverall: 63 })).toBe(false);
    expect(isRecheck({ previousBand: 'orange', afterScan: false, previousSubmissionId: crypto.randomUUID() })).toBe(false);
  });

  it('refuses a band that does not exist, a missing field or no object at all', () => {
    expect(isRecheck({ previousBand: 'purple', afterScan: false })).toBe(false);
    expect(isRecheck({ previousBand: 'red' })).toBe(false);
    expect(isRecheck({ previousBand: 'red', afterScan: 'yes' })).toBe(false);
    expect(isRecheck(null)).toBe(false);
    expect(isRecheck('red')).toBe(false);
  });
});

describe('the link that starts a re-check', () => {
  const answers = Object.fromEntries(bankStructure.questions.map((q) => [q.id, q.answers.includes('partial') ? ('partial' as const) : q.answers[0]!]));
  const packed = packResult(bankStructure, answers);

  it('is the result link with a marker, so the linked answers still open on their own', () => {
    const params = new URLSearchParams(recheckFragment(packed, false));
    expect(unpackResult(bankStructure, params.get(RESULT_LINK_KEY)!)).toEqual({ ok: true, answers });
    expect(recheckAsked(params.get(RECHECK_LINK_KEY))).toEqual({ afterScan: false });
  });

  it('says so when the network sent it after the students\' scan', () => {
    const params = new URLSearchParams(recheckFragment(packed, true));
    expect(recheckAsked(params.get(RECHECK_LINK_KEY))).toEqual({ afterScan: true });
  });

  it('asks no re-check without the marker or with a value it does not know', () => {
    expect(recheckAsked(null)).toBeNull();
    expect(recheckAsked('')).toBeNull();
    expect(recheckAsked(ANSWERS[0])).toBeNull();
  });
});
