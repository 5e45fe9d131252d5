/**
 * An English widget: its UI strings come from widget-en.js and its bank from the API, both on
 * demand. happy-dom runs no scripts, so the chunk loader is faked here, playing widget-en.js's
 * part (chunk-loader.test.ts tests the loader itself, tests/browser the real script).
 */
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { bankAdvice, bankStructure, bankTextsEn } from '../../core/bank/index';
import { localiseBank } from '../../core/bank/localise';
import type { AssessmentResponse } from '../../core/contracts';
import { profileOptions } from '../../core/profile/index';
import { statusText } from '../../widget/components/LanguageStatus';
import { en } from '../../widget/i18n/en';
import { loadChunk } from '../../widget/load-chunk';
import { questions, renderWidget } from './harness';

vi.mock('../../widget/load-chunk', () => ({ loadChunk: vi.fn() }));
const load = vi.mocked(loadChunk);

beforeEach(() => {
  load.mockReset();
  load.mockResolvedValue(en);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const englishBank: AssessmentResponse = localiseBank(bankStructure, bankTextsEn, bankAdvice.en);
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

// The page names who offers the check, so the widget asks for no partner name (widget/organiser.ts)
// and the bank is the only request these tests see.
const ORGANISER = 'Gemeente Lindewaard';

// Fetched banks are shared per API origin for the page's life, so every test uses its own origin.
let origins = 0;
const freshApi = () => `https://api-${++origins}.test`;

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
/** The loading state's texts, as shown: English, then Dutch. */
const both = (text: readonly [string, string]) => text.join(' / ');

/** Waits for the fetched bank, then goes from the intro past the profile. */
async function startInEnglish(): Promise<void> {
  await screen.findByRole('button', { name: en.intro.start });
  press(en.intro.start);
}

describe('English', () => {
  test('loads the English strings (widget-en.js) and the English bank when the widget opens', async () => {
    const fetch = vi.fn(async () => json(englishBank));
    vi.stubGlobal('fetch', fetch);
    const api = freshApi();
    renderWidget({ organiser: ORGANISER, lang: 'en', api });
    await screen.findByRole('button', { name: en.intro.start });
    expect(load).toHaveBeenCalledExactlyOnceWith('en');
    expect(fetch).toHaveBeenCalledExactlyOnceWith(`${api}/api/v1/assessment?lang=en`);
  });

  test('says in English and Dutch that it is loading, in a status screen readers announce', () => {
    vi.stubGlobal('fetch', () => new Promise(() => {}));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(both(statusText.loading));
    expect(status.querySelector('[lang="nl"]')?.textContent).toBe(statusText.loading[1]);
  });

  test('waits for the bank as well as the strings before showing the intro', async () => {
    let answer!: (response: Response) => void;
    vi.stubGlobal('fetch', () => new Promise((resolve) => (answer = resolve)));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    await load.mock.results[0]!.value;
    expect(screen.queryByRole('button', { name: en.intro.start })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(both(statusText.loading));
    answer(json(englishBank));
    await screen.findByRole('button', { name: en.intro.start });
  });

  test('waits for the strings as well as the bank before showing the intro', async () => {
    let register!: (text: typeof en) => void;
    load.mockReturnValue(new Promise((resolve) => (register = resolve)));
    const fetch = vi.fn(async () => json(englishBank));
    vi.stubGlobal('fetch', fetch);
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    await fetch.mock.results[0]!.value;
    await new Promise((resolve) => setTimeout(resolve));
    expect(screen.getByRole('status').textContent).toBe(both(statusText.loading));
    register(en);
    await screen.findByRole('button', { name: en.intro.start });
  });

  test('loads nothing in Dutch', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderWidget({ organiser: ORGANISER, lang: 'nl', api: freshApi() });
    expect(fetch).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  test('shows English profile labels, question texts, progress and exactly Yes, Partly, No, Don\'t know', async () => {
    vi.stubGlobal('fetch', async () => json(englishBank));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    await startInEnglish();
    expect(screen.queryAllByRole('radio', { name: profileOptions.sizes[0]!.label.en })).toHaveLength(1);
    press(en.nav.next);
    expect(screen.queryAllByText('Question 1 of 21')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(bankTextsEn.questions[questions[0]!.id]!.text);
    const labels = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(labels).toEqual(questions[0]!.answers.includes('na') ? ['Yes', 'Partly', 'No', "Don't know", 'Not applicable'] : ['Yes', 'Partly', 'No', "Don't know"]);
  });

  test('offers "Not applicable" where the question allows it', async () => {
    vi.stubGlobal('fetch', async () => json(englishBank));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    await startInEnglish();
    press(en.nav.next);
    const naIndex = questions.findIndex((q) => q.answers.includes('na'));
    for (let i = 0; i < naIndex; i++) {
      fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
      press(en.nav.next);
    }
    expect(screen.queryAllByRole('radio', { name: 'Not applicable' })).toHaveLength(1);
  });

  test('shows an error with a retry button when the bank cannot be fetched, and recovers on retry', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(json(englishBank));
    vi.stubGlobal('fetch', fetch);
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    expect((await screen.findByRole('alert')).textContent).toBe(both(statusText.failed));
    press(both(statusText.retry));
    await screen.findByRole('button', { name: en.intro.start });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('shows an error with a retry button when the English strings cannot be loaded, and recovers on retry', async () => {
    load.mockRejectedValueOnce(undefined);
    vi.stubGlobal('fetch', async () => json(englishBank));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    expect((await screen.findByRole('alert')).textContent).toBe(both(statusText.failed));
    press(both(statusText.retry));
    await screen.findByRole('button', { name: en.intro.start });
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('treats an HTTP error as a failure', async () => {
    vi.stubGlobal('fetch', async () => json({ error: { code: 'internal', message: 'boom' } }, 500));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    expect((await screen.findByRole('alert')).textContent).toBe(both(statusText.failed));
  });

  test('refuses a bank of another version than the one it scores with', async () => {
    vi.stubGlobal('fetch', async () => json({ ...englishBank, version: 'other' }));
    renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    expect((await screen.findByRole('alert')).textContent).toBe(both(statusText.failed));
  });

  test('marks the widget as English for screen readers and hyphenation', async () => {
    vi.stubGlobal('fetch', async () => json(englishBank));
    const { host } = renderWidget({ organiser: ORGANISER, lang: 'en', api: freshApi() });
    expect(host.querySelector('[part="container"]')?.getAttribute('lang')).toBe('en');
  });
});
