/** Sending the referral: once, and with retries that can never make a second one. */
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { fill } from '../../core/fill';
import { nl } from '../../widget/referral/i18n/nl';
import { answers, fillRequired, json, openForm, press, stored, stubApi, utrecht } from './referral-harness';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const field = (label: string | RegExp) => screen.getByLabelText(label);

describe('sending', () => {
  test('posts the referral to the network shown, with the four digits, the answers and nothing shared unasked', async () => {
    const api = stubApi();
    await openForm();
    fillRequired();
    press(nl.form.submit);
    await screen.findByRole('heading', { name: nl.sent.title });
    expect(api.referralCalls()).toEqual([
      {
        key: expect.stringMatching(/^[0-9a-f-]{36}$/),
        body: {
          partner: 'demo',
          network: utrecht.id,
          postcode: '3511',
          companyName: 'Bakkerij De Korenschoof',
          contactName: 'Sanne de Vries',
          email: 'sanne@example.nl',
          phone: '',
          message: '',
          shareAnswers: false,
          answers,
          bankVersion: bankStructure.version,
          lang: 'nl',
          website: '',
        },
      },
    ]);
  });

  test('sends one request for a double click', async () => {
    const api = stubApi();
    const { onSent } = await openForm();
    fillRequired();
    press(nl.form.submit);
    press(nl.form.submit);
    await screen.findByRole('heading', { name: nl.sent.title });
    expect(api.referralCalls()).toHaveLength(1);
    // The widget keeps what the API answered with the result, once.
    expect(onSent).toHaveBeenCalledExactlyOnceWith({ reference: expect.stringMatching(/^CS-/), network: { id: utrecht.id, name: utrecht.name } });
  });

  test('sends one request for two submits in the same moment, before the button is disabled', async () => {
    const api = stubApi();
    await openForm();
    fillRequired();
    // Dispatched directly, not through fireEvent, so Preact does not re-render in between.
    const form = field(nl.form.labels.email).closest('form')!;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await screen.findByRole('heading', { name: nl.sent.title });
    expect(api.referralCalls()).toHaveLength(1);
  });

  test('disables the button and says so while sending', async () => {
    let answer!: (response: Response) => void;
    stubApi({ referrals: [() => new Promise<Response>((resolve) => (answer = resolve))] });
    await openForm();
    fillRequired();
    press(nl.form.submit);
    expect((screen.getByRole('button', { name: nl.form.submit }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(nl.form.sending).getAttribute('role')).toBe('status');
    answer(json(stored, 201));
    await screen.findByRole('heading', { name: nl.sent.title });
  });

  test.each([
    ['offline', () => { throw new TypeError('Failed to fetch'); }],
    ['a server error', () => json({ error: { code: 'internal_error', message: 'x' } }, 500)],
  ])('keeps every field when %s stops it, and the retry sends the same Idempotency-Key', async (_, failure) => {
    const api = stubApi({ referrals: [failure, () => json(stored, 201)] });
    await openForm();
    fillRequired();
    fireEvent.click(screen.getByRole('checkbox'));
    press(nl.form.submit);
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(nl.failure.failed);
    expect(document.activeElement).toBe(summary);
    expect((field(nl.form.labels.contactName) as HTMLInputElement).value).toBe('Sanne de Vries');
    expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    press(nl.failure.retry);
    await screen.findByRole('heading', { name: nl.sent.title });
    const [first, retry] = api.referralCalls();
    expect(retry!.key).toBe(first!.key);
    expect(retry!.body).toEqual(first!.body);
  });

  test('says how long to wait when there are too many requests (429 with Retry-After)', async () => {
    stubApi({ referrals: [() => json({ error: { code: 'rate_limited', message: 'x' } }, 429, { 'Retry-After': '42' })] });
    await openForm();
    fillRequired();
    press(nl.form.submit);
    expect((await screen.findByRole('alert')).textContent).toContain(fill(nl.failure.busy, { seconds: 42 }));
  });

  test('a new form gets a new Idempotency-Key', async () => {
    const api = stubApi();
    await openForm();
    fillRequired();
    press(nl.form.submit);
    await screen.findByRole('heading', { name: nl.sent.title });
    document.body.innerHTML = '';
    await openForm();
    fillRequired();
    press(nl.form.submit);
    await screen.findByRole('heading', { name: nl.sent.title });
    const [first, second] = api.referralCalls();
    expect(second!.key).not.toBe(first!.key);
  });
});
