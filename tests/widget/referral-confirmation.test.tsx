/** After sending: the confirmation, the event for the host page, and nothing left behind. */
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fill } from '../../core/fill';
import { en } from '../../widget/referral/i18n/en';
import { nl } from '../../widget/referral/i18n/nl';
import { API, fillRequired, json, openForm, press, renderStep, stored, stubApi, type, utrecht } from './referral-harness';

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  vi.unstubAllGlobals();
});

const named = { network: utrecht.name };

describe('the confirmation', () => {
  test('shows the reference, what happens next and how to withdraw, with focus on its heading', async () => {
    stubApi();
    const { onClose } = await openForm();
    fillRequired();
    press(nl.form.submit);
    const heading = await screen.findByRole('heading', { name: nl.sent.title });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(stored.reference).tagName).toBe('STRONG');
    expect(screen.queryAllByText(fill(nl.sent.next, named))).toHaveLength(1);
    const withdraw = screen.getByRole('link', { name: nl.sent.withdrawLink });
    expect(withdraw.closest('p')!.textContent).toBe(fill(nl.sent.withdraw, { ...named, link: nl.sent.withdrawLink }));
    press(nl.back);
    expect(onClose).toHaveBeenCalledOnce();
  });

  test('links to the withdrawal page on the API origin with the reference filled in, in a new tab', async () => {
    stubApi();
    await openForm();
    fillRequired();
    press(nl.form.submit);
    const withdraw = await screen.findByRole('link', { name: nl.sent.withdrawLink });
    expect(withdraw.getAttribute('href')).toBe(`${API}/withdraw?reference=CS-7K4P-2QX9&lang=nl`);
    expect(withdraw.getAttribute('target')).toBe('_blank');
    expect(withdraw.getAttribute('rel')).toBe('noopener');
  });

  test('links to the English withdrawal page in English, with the reference URL-encoded', async () => {
    // Not a reference the API makes: one that would change the link's query if it were not encoded.
    stubApi({ referrals: [() => json({ ...stored, reference: 'CS-7K4P+2QX9&lang=nl' }, 201)] });
    renderStep({ lang: 'en' });
    type(en.form.labels.postcode, '3511');
    press(en.postcode.find);
    await screen.findByRole('heading', { name: fill(en.form.title, named) });
    type(en.form.labels.companyName, 'Bakkerij De Korenschoof');
    type(en.form.labels.contactName, 'Sanne de Vries');
    type(en.form.labels.email, 'sanne@example.nl');
    press(en.form.submit);
    const withdraw = await screen.findByRole('link', { name: en.sent.withdrawLink });
    expect(withdraw.getAttribute('href')).toBe(`${API}/withdraw?reference=CS-7K4P%2B2QX9%26lang%3Dnl&lang=en`);
    expect(withdraw.closest('p')!.textContent).toBe(fill(en.sent.withdraw, { ...named, link: en.sent.withdrawLink }));
  });

  test('tells the page cyberscan:referral with the network id only, out of the shadow root', async () => {
    stubApi();
    const { host } = await openForm();
    const referral = vi.fn();
    document.addEventListener('cyberscan:referral', referral);
    fillRequired();
    press(nl.form.submit);
    await screen.findByRole('heading', { name: nl.sent.title });
    document.removeEventListener('cyberscan:referral', referral);
    const event = referral.mock.calls[0]![0] as CustomEvent;
    expect(referral).toHaveBeenCalledOnce();
    expect(event.target).toBe(host);
    expect(event.composed).toBe(true);
    expect(event.detail).toEqual({ network: utrecht.id });
  });

  test('leaves no personal detail in localStorage', async () => {
    stubApi();
    await openForm();
    fillRequired();
    type(/^Telefoonnummer/, '06-12345678');
    press(nl.form.submit);
    await screen.findByRole('heading', { name: nl.sent.title });
    const everything = Object.keys(localStorage).map((key) => key + localStorage.getItem(key)).join();
    for (const detail of ['Korenschoof', 'Sanne', 'sanne@example.nl', '12345678', '3511', stored.reference]) {
      expect(everything).not.toContain(detail);
    }
  });
});
