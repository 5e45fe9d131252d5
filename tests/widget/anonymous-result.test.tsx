/** The anonymous result: sent once per assessment when the result is shown, never in the visitor's way. */
import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { nl } from '../../widget/i18n/nl';
import { answerAll, answersFrom, chooseOption, pressButton, renderWidget, startAssessment, wholeResult } from './harness';

const resultCalls = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.filter(([url]) => String(url).endsWith('/api/v1/results')) as [string, RequestInit][];

function stubFetch(answer: () => Promise<Response> = async () => new Response('{}', { status: 201 })) {
  const fetch = vi.fn(answer);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** From the intro, with a size band chosen, to the result with every question answered "Nee". */
function finish(options: Parameters<typeof renderWidget>[0] = {}) {
  const rendered = renderWidget(options);
  pressButton(nl.intro.start);
  chooseOption('2 tot 9 mensen');
  pressButton(nl.nav.next);
  answerAll(() => nl.answers.no);
  return rendered;
}

describe('the anonymous result', () => {
  test('is posted once when the result is shown, with keepalive, the answers and profile, and no score', () => {
    const fetch = stubFetch();
    finish({ partner: 'gemeente-a', api: 'https://scan.example' });
    const calls = resultCalls(fetch);
    expect(calls).toHaveLength(1);
    const [url, init] = calls[0]!;
    expect(url).toBe('https://scan.example/api/v1/results');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' } });
    const body = JSON.parse(String(init.body));
    expect(body).toEqual({
      submissionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      partner: 'gemeente-a',
      bankVersion: bankStructure.version,
      lang: 'nl',
      answers: answersFrom(() => 'no'),
      profile: { size: '2-9' },
    });
    expect(body).not.toHaveProperty('overall');
    expect(body).not.toHaveProperty('band');
  });

  test('is not sent with stats="off"', () => {
    const fetch = stubFetch();
    finish({ stats: 'off' });
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.result.title })).toHaveLength(1);
    expect(resultCalls(fetch)).toEqual([]);
  });

  test('is not sent again when the finished result is reloaded', () => {
    const fetch = stubFetch();
    finish({ partner: 'reload' }).unmount();
    renderWidget({ partner: 'reload' });
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.result.title })).toHaveLength(1);
    expect(resultCalls(fetch)).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem('cyberscan:reload')!).submissionId).toBe(JSON.parse(String(resultCalls(fetch)[0]![1].body)).submissionId);
  });

  test('is sent anew after "Opnieuw beginnen", under a new submission id', async () => {
    const fetch = stubFetch();
    finish();
    await wholeResult();
    pressButton(nl.result.restart);
    pressButton(nl.result.restartYes);
    startAssessment();
    answerAll();
    const ids = resultCalls(fetch).map(([, init]) => JSON.parse(String(init.body)).submissionId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).not.toBe(ids[1]);
  });

  test.each([
    ['offline', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['refused (400)', async () => new Response('{"error":{"code":"invalid_body","message":"x"}}', { status: 400 })],
    ['a server error (500)', async () => new Response('{}', { status: 500 })],
  ])('failing (%s) changes nothing for the visitor and logs nothing', async (_, answer) => {
    const fetch = stubFetch(answer);
    const error = vi.spyOn(console, 'error');
    finish();
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.result.title })).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });
});
