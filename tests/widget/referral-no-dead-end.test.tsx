/** No dead end: where sending cannot work, the network's own contact route instead of a retry loop. */
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fill } from '../../core/fill';
import { nl } from '../../widget/referral/i18n/nl';
import { fillRequired, json, openForm, press, routeTo, stubApi, utrecht } from './referral-harness';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const contactLink = () => screen.queryByRole('link', { name: fill(nl.failure.contactLink, { network: utrecht.name }) });
const retryButton = () => screen.queryByRole('button', { name: nl.failure.retry });

describe('when the request cannot be sent from this page', () => {
  test('a refusal (403) shows the network\'s website at once, with no retry and no second request', async () => {
    const api = stubApi({ referrals: [() => json({ error: { code: 'turnstile_failed', message: 'x' } }, 403)] });
    await openForm();
    fillRequired();
    press(nl.form.submit);
    await screen.findByText(nl.failure.refused);
    expect(contactLink()?.getAttribute('href')).toBe(utrecht.website);
    expect(retryButton()).toBeNull();
    press(nl.form.submit);
    expect(api.referralCalls()).toHaveLength(1);
  });

  test('a failure that may pass offers a retry; from the second in a row the contact shows beside it', async () => {
    stubApi({ referrals: [() => json({}, 503)] });
    await openForm();
    fillRequired();
    press(nl.form.submit);
    await screen.findByText(nl.failure.failed);
    expect(retryButton()).not.toBeNull();
    expect(contactLink()).toBeNull();
    press(nl.failure.retry);
    await vi.waitFor(() => expect(contactLink()).not.toBeNull());
    expect(retryButton()).not.toBeNull();
  });

  test('a page that needs a bot check this deployment lacks says so before anything is typed, and names the network', async () => {
    const noWebsite = { ...utrecht, website: null };
    const api = stubApi({ protection: { botCheck: 'unavailable' }, route: routeTo(noWebsite) });
    await openForm();
    await screen.findByText(nl.failure.unavailable);
    expect(screen.getByText(fill(nl.failure.contactByName, { network: utrecht.name, area: utrecht.areaDescription }))).toBeTruthy();
    expect(screen.getByRole('button', { name: nl.form.submit }).hasAttribute('disabled')).toBe(true);
    expect(api.referralCalls()).toHaveLength(0);
  });
});
