/**
 * Opening a result link or progress saved against another question list is a chunk,
 * widget-restore.js: loaded only when the page's address or storage holds one, it opens what the
 * whole widget used to, works with no request once loaded, and says so with a way forward when it
 * cannot load. happy-dom runs no scripts: with `handleDisabledFileLoadingAsSuccess` it fires
 * `load` for a script tag, and the test plays the script's part by registering (or not) the opener.
 */
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Answers } from '../../core/answers';
import { bankStructure, bankTextsNl } from '../../core/bank/index';
import { packResult } from '../../core/result-link';
import { statusText } from '../../widget/components/LanguageStatus';
import { nl } from '../../widget/i18n/nl';
import { ScoredResult } from '../../widget/components/ScoredResult';
import { openStart } from '../../widget/restore/open';
import { runtime } from '../../widget/runtime';
import { storageKey } from '../../widget/state/saved-progress';
import { questionStep } from '../../widget/state/steps';
import { answersFrom, renderWidget, wholeResult } from './harness';

const settings = () => (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;
const restoreScripts = () => [...document.head.querySelectorAll('script')].filter((s) => s.getAttribute('src')?.endsWith('/widget-restore.js'));
const linkTo = (answers: Answers) => history.replaceState(null, '', `#cyberscan=${packResult(bankStructure, answers)}`);
/** Plays widget-restore.js arriving: it registers the opener as its script is added, and is watched. */
function chunkArrives() {
  const append = document.head.append.bind(document.head);
  const spy = vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
    runtime.restore = openStart;
    append(...nodes);
  });
  return () => spy.mock.calls.flat().filter((node) => (node as HTMLScriptElement).src?.endsWith('/widget-restore.js'));
}
const resultHeading = () => screen.findByRole('heading', { level: 2, name: nl.result.title });

beforeEach(() => {
  // As on a page where the chunk has not arrived (the harness registers it for the other tests),
  // and a fresh page for the loader, which remembers what it loaded.
  delete runtime.restore;
  runtime.loading?.clear();
  settings().handleDisabledFileLoadingAsSuccess = true;
});

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  settings().handleDisabledFileLoadingAsSuccess = false;
  history.replaceState(null, '', location.pathname);
});

describe('the restore chunk', () => {
  test('is not loaded without a link in the address or older saved progress: the intro shows at once', () => {
    localStorage.setItem(storageKey('same-version'), JSON.stringify({ bankVersion: bankStructure.version, step: questionStep(0), profile: {}, answers: {} }));
    renderWidget({ partner: 'same-version' });
    expect(screen.getByRole('heading', { name: bankTextsNl.questions[bankStructure.questions[0]!.id]!.text })).toBeTruthy();
    renderWidget();
    expect(screen.getAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
    expect(restoreScripts()).toHaveLength(0);
  });

  test('loads for a result link, says it is loading, then opens the linked result', async () => {
    const added = chunkArrives();
    linkTo(answersFrom(() => 'no'));
    renderWidget();
    expect(screen.getByRole('status').textContent).toContain(statusText.loading[1]);
    expect(added()).toHaveLength(1);
    expect(await resultHeading()).toBeTruthy();
    expect(await wholeResult()).toBeTruthy();
  });

  test('loads the result screen at the same time for a result link, not once the link is open', async () => {
    delete runtime.result;
    // Both scripts play their part as they are added; what was added is watched.
    const append = document.head.append.bind(document.head);
    const added = vi.spyOn(document.head, 'append').mockImplementation((...nodes) => {
      runtime.restore = openStart;
      runtime.result = ScoredResult;
      append(...nodes);
    });
    const chunks = () => added.mock.calls.flat().map((node) => (node as HTMLScriptElement).src.split('/').pop());
    linkTo(answersFrom(() => 'no'));
    renderWidget();
    expect(chunks()).toEqual(['widget-result.js', 'widget-restore.js']);
    expect(await resultHeading()).toBeTruthy();
    expect(chunks()).toHaveLength(2);
  });

  test('loads for progress saved against an earlier question list, then carries it over', async () => {
    localStorage.setItem(storageKey('older'), JSON.stringify({ bankVersion: '2019.1', step: 3, profile: {}, answers: {} }));
    const added = chunkArrives();
    renderWidget({ partner: 'older' });
    expect(added()).toHaveLength(1);
    expect(await screen.findByText(nl.question.notice.expired)).toBeTruthy();
  });

  test('says the check could not be loaded, keeps the link, and opens it on retry', async () => {
    // The script never arrives: blocked downloads fire `error`, and nothing registers the opener.
    settings().handleDisabledFileLoadingAsSuccess = false;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    linkTo(answersFrom(() => 'yes'));
    renderWidget();
    expect((await screen.findByRole('alert')).textContent).toContain(statusText.failed[1]);

    settings().handleDisabledFileLoadingAsSuccess = true;
    runtime.restore = openStart;
    fireEvent.click(screen.getByRole('button', { name: new RegExp(statusText.retry[1]) }));
    expect(await resultHeading()).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('once loaded, opens the next link on the page with no request', () => {
    runtime.restore = openStart;
    linkTo(answersFrom(() => 'yes'));
    renderWidget();
    expect(screen.getByRole('heading', { level: 2, name: nl.result.title })).toBeTruthy();
    expect(restoreScripts()).toHaveLength(0);
  });
});
