/** After sending: the confirmation, the event for the host page, and nothing left behind. */
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fill } from '../../widget/i18n/fill';
import { nl } from '../../widget/referral/i18n/nl';
import { fillRequired, openForm, press, stored, stubApi, type, utrecht } from './referral-harness';

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
    expect(screen.getByText(fill(nl.sent.next, named))).toBeTruthy();
    expect(screen.getByText(fill(nl.sent.withdraw, named))).toBeTruthy();
    press(nl.back);
    expect(onClose).toHaveBeenCalledOnce();
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
