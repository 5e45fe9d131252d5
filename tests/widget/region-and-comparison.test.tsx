/**
 * Where a result counts and how others score: the optional postcode of the profile step goes
 * with the anonymous result (the worker turns it into a region), the page's network too, and the
 * result screen shows the comparison line the API words, once the result is already shown.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { sendAnonymousResult } from '../../widget/anonymous-result';
import { nl } from '../../widget/i18n/nl';
import { answerAll, chooseOption, pressButton, renderWidget } from './harness';

const LINE = 'Bedrijven met 2 tot 9 mensen scoren gemiddeld 54 (alle checks in Nederland, 2026).';

function stubApi(line: string | null = LINE) {
  const fetch = vi.fn(async (url: string) =>
    String(url).includes('/api/v1/comparison') ? new Response(JSON.stringify({ line })) : new Response('{}', { status: 201 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const sentResult = (fetch: ReturnType<typeof stubApi>) =>
  JSON.parse(String((fetch.mock.calls.find(([url]) => String(url).endsWith('/api/v1/results')) as unknown as [string, RequestInit])[1].body));

function finish(postcode: string, options: Parameters<typeof renderWidget>[0] = {}) {
  renderWidget(options);
  pressButton(nl.intro.start);
  chooseOption('2 tot 9 mensen');
  fireEvent.input(screen.getByRole('textbox', { name: nl.profile.postcode }), { target: { value: postcode } });
  pressButton(nl.nav.next);
  answerAll();
}

describe('the postcode in the profile step', () => {
  test('goes with the anonymous result, with the page\'s network', () => {
    const fetch = stubApi();
    finish('3511', { network: 'cyberwerf' });
    expect(sentResult(fetch)).toMatchObject({ network: 'cyberwerf', profile: { size: '2-9', postcode: '3511' } });
  });

  test('is left out when it is not four digits, so the result is not refused', () => {
    const fetch = stubApi();
    const progress = { bankVersion: '2026.1', step: 0, answers: {}, profile: { size: '2-9', postcode: '12ab' } } as const;
    sendAnonymousResult({ api: 'https://api.test', partner: 'p', lang: 'nl' }, progress);
    expect(sentResult(fetch).profile).toEqual({ size: '2-9' });
  });
});

describe('the comparison line', () => {
  test('appears under the score once the API words it, asked for the visitor\'s size band', async () => {
    const fetch = stubApi();
    finish('');
    screen.getByRole('heading', { level: 2, name: nl.result.title });
    await waitFor(() => screen.getByText(LINE));
    expect(fetch.mock.calls.map(([url]) => String(url))).toContain('https://api.test/api/v1/comparison?size=2-9&lang=nl');
  });

  test('shows nothing when the group is too small to publish', async () => {
    const fetch = stubApi(null);
    finish('');
    await waitFor(() => expect(fetch.mock.calls.some(([url]) => String(url).includes('comparison'))).toBe(true));
    expect(screen.queryByText(/scoren gemiddeld/)).toBeNull();
  });
});
