/**
 * The Dutch advice is a chunk, widget-advice.js: it starts loading at the first question, the
 * result renders at once when it is there, and says so with a way forward when it cannot load.
 * happy-dom runs no scripts: with `handleDisabledFileLoadingAsSuccess` it fires `load` for a
 * script tag, and the test plays the script's part by registering (or not) the advice.
 */
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { bankAdviceNl } from '../../core/bank/index';
import { nl } from '../../widget/i18n/nl';
import { runtime } from '../../widget/runtime';
import { answerAll, pressButton, questions, renderWidget, startAssessment, wholeResult } from './harness';

const settings = () => (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;
const adviceScripts = () => [...document.head.querySelectorAll('script')].filter((s) => s.getAttribute('src')?.endsWith('/widget-advice.js'));
const firstAdvice = () => bankAdviceNl.questions[questions[0]!.id]!.no;

beforeEach(() => {
  // As on a page where the chunk has not arrived (the harness registers it for the other tests).
  delete runtime.advice;
  settings().handleDisabledFileLoadingAsSuccess = true;
});

afterEach(() => {
  document.head.innerHTML = '';
  settings().handleDisabledFileLoadingAsSuccess = false;
});

describe('the advice chunk', () => {
  test('starts loading at the first question once the page is idle, not before', async () => {
    // The loader removes a script that registered nothing, so what was added is watched instead.
    const append = vi.spyOn(document.head, 'append');
    const added = () => append.mock.calls.flat().filter((node) => (node as HTMLScriptElement).src?.endsWith('/widget-advice.js'));
    renderWidget({ partner: 'preload-advice' });
    pressButton(nl.intro.start);
    // The progress is saved when idle too (widget/when-idle.ts), after any loading the screen asked for.
    await vi.waitFor(() => expect(localStorage.getItem('cyberscan:preload-advice')).not.toBeNull());
    expect(added()).toHaveLength(0);
    pressButton(nl.nav.next);
    expect(added()).toHaveLength(0);
    await vi.waitFor(() => expect(added()).toHaveLength(1));
  });

  test('renders the result with its advice when the chunk is there, with no request', async () => {
    renderWidget();
    startAssessment();
    runtime.advice = bankAdviceNl;
    document.head.innerHTML = '';
    answerAll(() => nl.answers.no);
    await wholeResult();
    expect(screen.queryAllByText(firstAdvice()).length).toBeGreaterThan(0);
    expect(screen.queryByText(nl.result.adviceLoading)).toBeNull();
    expect(adviceScripts()).toHaveLength(0);
  });

  test('says it cannot load the advice, keeps the focus on the result heading, and tries again on request', async () => {
    // The script never arrives: blocked downloads fire `error`, and nothing registers the advice.
    settings().handleDisabledFileLoadingAsSuccess = false;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWidget();
    startAssessment();
    answerAll(() => nl.answers.no);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', nl.result.adviceFailed);
    const heading = screen.getByRole('heading', { level: 2, name: nl.result.title });
    expect(document.activeElement).toBe(heading);

    settings().handleDisabledFileLoadingAsSuccess = true;
    runtime.advice = bankAdviceNl;
    fireEvent.click(screen.getByRole('button', { name: nl.result.retry }));
    expect((await screen.findAllByText(firstAdvice())).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(heading);
  });
});
