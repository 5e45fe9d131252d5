/** The referral step before the form: the postcode, or the network a partner names. */
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { nl } from '../../widget/referral/i18n/nl';
import { API, findNetwork, json, press, renderStep, stubApi, type, utrecht } from './referral-harness';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** The postcode field; throws (failing the test) when the form does not show it. */
const postcodeField = () => screen.getByLabelText(nl.form.labels.postcode);

describe('the postcode view', () => {
  test('comes first, with focus on its heading', () => {
    stubApi();
    renderStep();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: nl.postcode.title }));
    postcodeField();
  });

  test.each([
    ['empty', '', nl.problems.postcode.missing],
    ['not a postcode', '35 11', nl.problems.postcode.invalid],
    ['starting with 0', '0511', nl.problems.postcode.invalid],
  ])('says so next to the field when it is %s, and asks nothing', (_, value, message) => {
    const api = stubApi();
    renderStep();
    type(nl.form.labels.postcode, value);
    press(nl.postcode.find);
    const field = postcodeField();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(message);
    expect(document.activeElement).toBe(field);
    expect(api.fetch).not.toHaveBeenCalled();
  });

  test('clears the message as soon as the postcode is right', () => {
    stubApi();
    renderStep();
    press(nl.postcode.find);
    type(nl.form.labels.postcode, '3511');
    expect(postcodeField().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(nl.problems.postcode.missing!)).toBeNull();
  });

  test('asks the route for the four digits only, with the sector from the profile', async () => {
    const api = stubApi();
    renderStep({ profile: { sector: 'agriculture', size: '2-9' } });
    await findNetwork('3511 ab');
    expect(api.routeUrls()).toEqual([`${API}/api/v1/route?postcode=3511&sector=agriculture`]);
  });

  test('says when the network cannot be found, and tries again on the same button', async () => {
    const api = stubApi({ route: () => json({ error: { code: 'internal_error', message: 'x' } }, 500) });
    renderStep();
    type(nl.form.labels.postcode, '3511');
    press(nl.postcode.find);
    expect((await screen.findByRole('alert')).textContent).toBe(nl.postcode.failed);
    postcodeField();
    stubApi();
    press(nl.postcode.retry);
    await screen.findByRole('heading', { name: `Je aanvraag bij ${utrecht.name}` });
    expect(api.fetch).toHaveBeenCalledOnce();
  });

  test('has a way back to the result', () => {
    stubApi();
    const { onClose } = renderStep();
    press(nl.back);
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('on a network\'s own site (the network attribute)', () => {
  test('asks for that network, skips the postcode view and asks the postcode in the form', async () => {
    const api = stubApi();
    renderStep({ network: utrecht.id });
    expect(screen.getByRole('status').textContent).toBe(nl.postcode.searching);
    await screen.findByRole('heading', { name: `Je aanvraag bij ${utrecht.name}` });
    expect(api.fetch).toHaveBeenCalledExactlyOnceWith(`${API}/api/v1/networks/${utrecht.id}`);
    postcodeField();
    expect(screen.queryByRole('button', { name: nl.network.otherPostcode })).toBeNull();
  });

  test('finds a network by postcode after all when that network does not exist', async () => {
    stubApi({ network: () => json({ error: { code: 'network_not_found', message: 'x' } }, 404) });
    renderStep({ network: 'gone' });
    await waitFor(postcodeField);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: nl.postcode.title }));
    await findNetwork();
    expect(screen.queryByLabelText(nl.form.labels.postcode)).toBeNull();
  });

  test('offers to try again, or go back, when the network cannot be fetched', async () => {
    stubApi({ network: () => { throw new TypeError('Failed to fetch'); } });
    const { onClose } = renderStep({ network: utrecht.id });
    expect((await screen.findByRole('alert')).textContent).toBe(nl.postcode.failed);
    stubApi();
    press(nl.postcode.retry);
    await screen.findByRole('heading', { name: `Je aanvraag bij ${utrecht.name}` });
    press(nl.back);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
