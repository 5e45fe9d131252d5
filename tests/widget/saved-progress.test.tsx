import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { nl } from '../../widget/i18n/nl';
import { questionStep, resultStep } from '../../widget/state/steps';
import { answerAll, chooseOption, pressButton, questions, renderWidget, startAssessment, wholeResult } from './harness';

afterEach(() => {
  vi.unstubAllGlobals();
});

const firstAnswers = (n: number) => Object.fromEntries(questions.slice(0, n).map((q) => [q.id, 'yes']));

function save(partner: string, progress: object): void {
  localStorage.setItem(`cyberscan:${partner}`, JSON.stringify(progress));
}

describe('saved progress', () => {
  test('is stored per partner under cyberscan:<partner>, once the screen is painted', async () => {
    renderWidget({ partner: 'gemeente-a' });
    startAssessment();
    chooseOption('Nee');
    expect(localStorage.getItem('cyberscan:gemeente-a')).toBeNull();
    await vi.waitFor(() => expect(JSON.parse(localStorage.getItem('cyberscan:gemeente-a')!)).toEqual({
      bankVersion: bankStructure.version,
      step: questionStep(0),
      profile: {},
      answers: { [questions[0]!.id]: 'no' },
    }));
  });

  test('is written at once when the visitor leaves the page, before any frame', () => {
    renderWidget({ partner: 'leaving' });
    startAssessment();
    chooseOption('Ja');
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(localStorage.getItem('cyberscan:leaving')!).answers).toEqual({ [questions[0]!.id]: 'yes' });
  });

  test('brings the visitor back to the same question with the same answer after a reload', () => {
    const first = renderWidget({ partner: 'reload' });
    startAssessment();
    chooseOption('Ja');
    pressButton('Volgende');
    chooseOption('Weet ik niet');
    first.unmount();

    renderWidget({ partner: 'reload' });
    expect(screen.queryAllByText('Vraag 2/21')).toHaveLength(1);
    expect((screen.getByRole('radio', { name: 'Weet ik niet' }) as HTMLInputElement).checked).toBe(true);
  });

  test('is resumed from localStorage when the page is opened again', () => {
    save('opened-again', { bankVersion: bankStructure.version, step: questionStep(3), profile: { size: '2-9' }, answers: firstAnswers(3) });
    renderWidget({ partner: 'opened-again' });
    expect(screen.queryAllByText('Vraag 4/21')).toHaveLength(1);
  });

  test('is discarded when it was made with another bank version', () => {
    save('old-bank', { bankVersion: 'older', step: questionStep(3), profile: {}, answers: firstAnswers(3) });
    renderWidget({ partner: 'old-bank' });
    expect(screen.queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
  });

  test.each([
    ['not JSON', '{"bankVersion":'],
    ['an answer that does not exist', JSON.stringify({ bankVersion: bankStructure.version, step: 3, profile: {}, answers: { [questions[0]!.id]: 'maybe' } })],
    ['a step beyond the result', JSON.stringify({ bankVersion: bankStructure.version, step: resultStep(questions.length) + 1, profile: {}, answers: {} })],
    ['a question passed without an answer', JSON.stringify({ bankVersion: bankStructure.version, step: questionStep(2), profile: {}, answers: {} })],
    ['"not applicable" where it is not allowed', JSON.stringify({ bankVersion: bankStructure.version, step: questionStep(1), profile: {}, answers: { [questions.find((q) => !q.answers.includes('na'))!.id]: 'na' } })],
    ['an unknown sector', JSON.stringify({ bankVersion: bankStructure.version, step: 1, profile: { sector: 'mining' }, answers: {} })],
  ])('is discarded when it holds %s', (_, raw) => {
    localStorage.setItem('cyberscan:broken', raw);
    renderWidget({ partner: 'broken' });
    expect(screen.queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
  });

  test('is kept when "Opnieuw beginnen" is asked about and declined', async () => {
    renderWidget({ partner: 'keep' });
    startAssessment();
    answerAll();
    await wholeResult();
    pressButton('Opnieuw beginnen');
    // Saved after the screen is painted (widget/state/storage.ts, storeSoon).
    await vi.waitFor(() => expect(localStorage.getItem('cyberscan:keep')).not.toBeNull());
    expect(document.activeElement?.textContent).toBe(nl.result.restartAsk);
    pressButton(nl.result.restartNo);
    expect(localStorage.getItem('cyberscan:keep')).not.toBeNull();
    expect(screen.getByRole('heading', { name: nl.result.title })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe(nl.result.restart);
  });

  test('is cleared by "Opnieuw beginnen" on the result, once confirmed in the page', async () => {
    renderWidget({ partner: 'again' });
    startAssessment();
    answerAll();
    await wholeResult();
    pressButton('Opnieuw beginnen');
    pressButton(nl.result.restartYes);
    // Removed as it was saved: once the screen is painted (widget/state/storage.ts, storeSoon).
    await vi.waitFor(() => expect(localStorage.getItem('cyberscan:again')).toBeNull());
    expect(screen.queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
  });
});

describe('blocked storage', () => {
  const blocked = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };

  test('does not stop the visitor from reaching the result', () => {
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });
    renderWidget();
    startAssessment();
    answerAll();
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.result.title })).toHaveLength(1);
  });

  test('keeps progress in memory while the page stays open', () => {
    vi.stubGlobal('localStorage', { getItem: blocked, setItem: blocked, removeItem: blocked });
    const first = renderWidget({ partner: 'memory' });
    startAssessment();
    chooseOption('Ja');
    pressButton('Volgende');
    first.unmount();

    renderWidget({ partner: 'memory' });
    expect(screen.queryAllByText('Vraag 2/21')).toHaveLength(1);
  });

  test('copes with a browser that has no localStorage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    renderWidget();
    startAssessment();
    expect(screen.queryAllByText('Vraag 1/21')).toHaveLength(1);
  });
});
