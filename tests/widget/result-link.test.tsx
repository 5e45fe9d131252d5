/** The result link: written out on the result, and opening the same result from the page's address. */
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Answer } from '../../core/answers';
import { bankStructure, bankTextsNl } from '../../core/bank/index';
import { carryAnswers } from '../../core/bank/carry-over';
import previous from '../../core/bank/previous/2026.1.json';
import type { BankStructure } from '../../core/bank/types';
import { packResult } from '../../core/result-link';
import { scoreAssessment } from '../../core/scoring';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import { flushStored } from '../../widget/state/storage';
import { answerAll, answersFrom, renderWidget, startAssessment, wholeResult } from './harness';

afterEach(() => {
  history.replaceState(null, '', location.pathname);
});

const pick = (index: number): Answer => (['yes', 'partial', 'no', 'unknown'] as const)[index % 4]!;
const scoreLine = (overall: number) => screen.getByText((_, el) => el?.tagName === 'P' && el.textContent?.startsWith(`${overall} ${nl.result.outOf}`) === true);

describe('the result link', () => {
  test('is written out on the result, with this page address and the packed answers in the fragment', async () => {
    renderWidget();
    startAssessment();
    answerAll((index) => nl.answers[pick(index)]);
    await wholeResult();
    const link = screen.getByRole('link', { name: /#cyberscan=/ });
    const expected = `${location.href.split('#')[0]}#cyberscan=${packResult(bankStructure, answersFrom(pick))}`;
    expect(link.getAttribute('href')).toBe(expected);
    expect(link.textContent).toBe(expected);
  });

  test('opens the same result in a fresh browser, and sends no anonymous result for it', () => {
    const answers = answersFrom(pick);
    history.replaceState(null, '', `#cyberscan=${packResult(bankStructure, answers)}`);
    const fetch = vi.fn(async (_url: string) => new Response(null, { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    renderWidget();
    expect(screen.getByRole('heading', { name: nl.result.title })).toBeTruthy();
    expect(scoreLine(scoreAssessment(bankStructure, answers).overall)).toBeTruthy();
    expect(fetch.mock.calls.filter(([url]) => String(url).endsWith('/api/v1/results'))).toEqual([]);
  });

  test('saves nothing of a result opened from a link, also when the partner\'s name arrives and renders it again', async () => {
    history.replaceState(null, '', `#cyberscan=${packResult(bankStructure, answersFrom(pick))}`);
    const partnerName = JSON.stringify({ partner: { id: 'bakkers', name: 'Bakkersvereniging' } });
    vi.stubGlobal('fetch', vi.fn(async (url: string) => new Response(String(url).includes('/api/v1/partners/') ? partnerName : null, { status: 200 })));
    renderWidget({ partner: 'bakkers' });
    await waitFor(() => expect(screen.getByText(/aangeboden door Bakkersvereniging/)).toBeTruthy());
    flushStored();
    expect(localStorage.getItem('cyberscan:bakkers')).toBeNull();
  });

  test('opens a 2026.1 link with its answers carried, at the first new question, and says how many were kept', () => {
    const old = previous as BankStructure;
    history.replaceState(null, '', `#cyberscan=${packResult(old, Object.fromEntries(old.questions.map((q) => [q.id, 'yes' as const])))}`);
    renderWidget();
    const carried = Object.keys(carryAnswers(Object.fromEntries(old.questions.map((q) => [q.id, 'yes' as const])))).length;
    expect(screen.getByRole('status').textContent).toBe(fill(nl.question.notice.linkCarried, { count: carried }));
    expect(screen.getByRole('heading', { name: bankTextsNl.questions['webshop-till-updates']!.text })).toBeTruthy();
  });

  test('says why a link from another version of the check does not open, and starts the check', () => {
    history.replaceState(null, '', `#cyberscan=2025.1-${'0'.repeat(8)}`);
    renderWidget();
    expect(screen.getByText(fill(nl.link.otherVersion, { version: '2025.1' }))).toBeTruthy();
    expect(screen.getByRole('button', { name: nl.intro.start })).toBeTruthy();
  });

  test('says a broken link is broken, and starts the check', () => {
    history.replaceState(null, '', `#cyberscan=${bankStructure.version}-ABC`);
    renderWidget();
    expect(screen.getByText(nl.link.malformed)).toBeTruthy();
  });
});
