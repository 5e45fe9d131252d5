/** The network that will help, as the referral step shows it above the form. */
import { screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fill } from '../../core/fill';
import { en } from '../../widget/referral/i18n/en';
import { nl } from '../../widget/referral/i18n/nl';
import { findNetwork, press, renderStep, routeTo, stubApi, type, utrecht } from './referral-harness';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('the network that will help', () => {
  test('is named in the heading, which gets focus, with what it offers and what happens next', async () => {
    stubApi();
    renderStep();
    await findNetwork();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: `Je aanvraag bij ${utrecht.name}` }));
    expect(screen.getByText(utrecht.offerDescription).getAttribute('lang')).toBe('nl');
    expect(screen.queryAllByText(nl.network.students.yes)).toHaveLength(1);
    expect(screen.queryAllByText(`Eigen bijdrage: ${utrecht.ownContribution}`)).toHaveLength(1);
    const items = screen.getByRole('heading', { name: nl.network.nextTitle }).nextElementSibling!.querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual(nl.network.next.map((step) => fill(step, { network: utrecht.name })));
  });

  test('links its website in a new tab, and never links anything but a web address', async () => {
    stubApi({ route: routeTo({ ...utrecht, website: 'javascript:alert(1)' }) });
    renderStep();
    await findNetwork();
    expect(screen.queryByRole('link')).toBeNull();
    document.body.innerHTML = '';
    stubApi();
    renderStep();
    await findNetwork();
    const link = screen.getByRole('link', { name: fill(nl.network.website, { network: utrecht.name }) });
    expect(link.getAttribute('href')).toBe(utrecht.website);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('says it does not know yet whether students scan, when the network has not said', async () => {
    stubApi({ route: routeTo({ ...utrecht, offersStudentScan: 'unknown', ownContribution: null }) });
    renderStep();
    await findNetwork();
    expect(screen.queryAllByText(nl.network.students.unknown)).toHaveLength(1);
    expect(screen.queryByText(/Eigen bijdrage:/)).toBeNull();
  });

  test('says honestly when no regional network is known and the national fallback helps', async () => {
    const national = { ...utrecht, id: 'pvo', name: 'Platform Veilig Ondernemen' };
    stubApi({ route: routeTo(national, true) });
    renderStep();
    type(nl.form.labels.postcode, '7811');
    press(nl.postcode.find);
    await screen.findByText(fill(nl.network.fallback, { network: national.name }));
  });

  test('lets the visitor try another postcode', async () => {
    stubApi();
    renderStep();
    await findNetwork();
    press(nl.network.otherPostcode);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: nl.postcode.title }));
  });

  test('is told in English in an English widget', async () => {
    stubApi();
    renderStep({ lang: 'en' });
    type(en.form.labels.postcode, '3511');
    press(en.postcode.find);
    await screen.findByRole('heading', { name: `Your request to ${utrecht.name}` });
    expect(screen.queryAllByText(en.network.students.yes)).toHaveLength(1);
  });
});
