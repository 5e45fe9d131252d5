/**
 * The result screen is a chunk, widget-result.js: it starts loading at the first question, the
 * result renders at once when it is there, and says so with a way forward when it cannot load.
 * happy-dom runs no scripts: with `handleDisabledFileLoadingAsSuccess` it fires `load` for a
 * script tag, and the test plays the script's part by registering (or not) the screen.
 * The chunk also announces the completion and sends the anonymous result: a visitor who finished
 * while it could not load loses neither, and gets each once.
 */
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ScoredResult } from '../../widget/components/ScoredResult';
import { nl } from '../../widget/i18n/nl';
import { runtime } from '../../widget/runtime';
import { answerAll, pressButton, renderWidget, startAssessment, wholeResult } from './harness';

const settings = () => (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;
const resultScripts = () => [...document.head.querySelectorAll('script')].filter((s) => s.getAttribute('src')?.endsWith('/widget-result.js'));

beforeEach(() => {
  // As on a page where the chunk has not arrived (the harness registers it for the other tests).
  delete runtime.result;
  // A chunk loaded by an earlier test of this file stays loaded, as on a page.
  runtime.loading?.delete('result');
  settings().handleDisabledFileLoadingAsSuccess = true;
});

afterEach(() => {
  document.head.innerHTML = '';
  settings().handleDisabledFileLoadingAsSuccess = false;
});

describe('the result chunk', () => {
  test('starts loading at the first question once the page is idle, not before', async () => {
    // The loader removes a script that registered nothing, so what was added is watched instead.
    const append = vi.spyOn(document.head, 'append');
    const added = () => append.mock.calls.flat().filter((node) => (node as HTMLScriptElement).src?.endsWith('/widget-result.js'));
    renderWidget({ partner: 'preload-result' });
    pressButton(nl.intro.start);
    // The progress is saved when idle too (widget/when-idle.ts), after any loading the screen asked for.
    await vi.waitFor(() => expect(localStorage.getItem('cyberscan:preload-result')).not.toBeNull());
    expect(added()).toHaveLength(0);
    pressButton(nl.nav.next);
    expect(added()).toHaveLength(0);
    await vi.waitFor(() => expect(added()).toHaveLength(1));
  });

  test('renders the result in the click when the chunk is there, with no request', async () => {
    renderWidget();
    startAssessment();
    runtime.result = ScoredResult;
    document.head.innerHTML = '';
    answerAll(() => nl.answers.no);
    expect(await wholeResult()).toBeTruthy();
    expect(screen.queryByText(nl.result.loading)).toBeNull();
    expect(resultScripts()).toHaveLength(0);
  });

  test('says it cannot load the result, keeps the focus on its heading, and tries again on request', async () => {
    // The script never arrives: blocked downloads fire `error`, and nothing registers the screen.
    settings().handleDisabledFileLoadingAsSuccess = false;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWidget();
    startAssessment();
    answerAll(() => nl.answers.no);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', nl.result.failed);
    const heading = screen.getByRole('heading', { level: 2, name: nl.result.title });
    expect(document.activeElement).toBe(heading);

    settings().handleDisabledFileLoadingAsSuccess = true;
    runtime.result = ScoredResult;
    fireEvent.click(screen.getByRole('button', { name: nl.result.retry }));
    expect(await screen.findByRole('button', { name: nl.result.restart })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(heading);
  });

  test('announces the completion and sends the anonymous result once the chunk arrives, when it could not load at the click', async () => {
    settings().handleDisabledFileLoadingAsSuccess = false;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response('{}', { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const posted = () => fetch.mock.calls.filter(([url]) => url.endsWith('/api/v1/results'));
    const { host, unmount } = renderWidget({ partner: 'finished-offline' });
    const complete = vi.fn();
    host.addEventListener('cyberscan:complete', complete);
    startAssessment();
    answerAll(() => nl.answers.no);
    await screen.findByRole('alert');
    expect(complete).not.toHaveBeenCalled();
    expect(posted()).toHaveLength(0);

    settings().handleDisabledFileLoadingAsSuccess = true;
    runtime.result = ScoredResult;
    fireEvent.click(screen.getByRole('button', { name: nl.result.retry }));
    await screen.findByRole('button', { name: nl.result.restart });
    expect(complete).toHaveBeenCalledOnce();
    expect(posted()).toHaveLength(1);
    const { submissionId } = JSON.parse(String(posted()[0]![1].body));
    await vi.waitFor(() => expect(JSON.parse(localStorage.getItem('cyberscan:finished-offline')!).submissionId).toBe(submissionId));

    // Shown again after a reload: neither is repeated.
    unmount();
    renderWidget({ partner: 'finished-offline' });
    await wholeResult();
    expect(complete).toHaveBeenCalledOnce();
    expect(posted()).toHaveLength(1);
  });
});
