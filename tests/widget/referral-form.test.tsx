/** The referral form: its fields, consent and privacy notice, and its messages. */
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { profileOptions } from '../../core/profile/index';
import { fill } from '../../core/fill';
import { nl } from '../../widget/referral/i18n/nl';
import { fillRequired, json, openForm, press, stubApi, type, utrecht } from './referral-harness';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const named = { network: utrecht.name };
const field = (label: string | RegExp) => screen.getByLabelText(label);
/** The message tied to a field, if any. */
const messageOf = (label: string | RegExp) => document.getElementById(`${field(label).id}-error`)?.textContent ?? null;

describe('the form', () => {
  test('prefills sector and size from the profile, both still optional and editable', async () => {
    stubApi();
    await openForm({ profile: { sector: 'retail', size: '2-9' } });
    const sector = field(/^Sector/) as HTMLSelectElement;
    expect(sector.value).toBe('retail');
    expect((field(/^Aantal mensen/) as HTMLSelectElement).value).toBe('2-9');
    expect([...sector.options].map((o) => o.textContent)).toEqual([nl.form.notGiven, ...profileOptions.sectors.map((s) => s.label.nl)]);
    expect(screen.getByText(/^Sector/).textContent).toContain(nl.form.optional);
  });

  test('asks to share the answers in its own unticked checkbox, in a group with a legend', async () => {
    stubApi();
    await openForm();
    const share = screen.getByRole('checkbox', { name: fill(nl.form.share, named) }) as HTMLInputElement;
    expect(share.checked).toBe(false);
    expect(screen.getByRole('group', { name: nl.form.shareLegend }).contains(share)).toBe(true);
  });

  test('names the recipient, the purpose and how long the request is kept', async () => {
    stubApi();
    await openForm();
    const notice = screen.getByText(fill(nl.form.privacy, named));
    expect(notice.textContent).toContain(utrecht.name);
    expect(notice.textContent).toMatch(/90 dagen.*12 maanden/);
  });

  test('hides the honeypot from people: aria-hidden, out of the tab order, no autofill', async () => {
    stubApi();
    await openForm();
    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.closest('[aria-hidden="true"]')?.classList.contains('trap')).toBe(true);
    expect(trap.tabIndex).toBe(-1);
    expect(trap.getAttribute('autocomplete')).toBe('off');
  });

  test('shows what is missing next to each field, focuses the first one and sends nothing', async () => {
    const api = stubApi();
    await openForm();
    type(/^Telefoonnummer/, '12');
    press(nl.form.submit);
    expect(messageOf(nl.form.labels.companyName)).toBe(nl.problems.companyName.missing);
    expect(messageOf(nl.form.labels.contactName)).toBe(nl.problems.contactName.missing);
    expect(messageOf(nl.form.labels.email)).toBe(nl.problems.email.missing);
    expect(messageOf(/^Telefoonnummer/)).toBe(nl.problems.phone.invalid);
    expect(field(nl.form.labels.email).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field(nl.form.labels.companyName));
    expect(api.referralCalls()).toEqual([]);
  });

  test('says how long a name may be, and what an e-mail address looks like', async () => {
    stubApi();
    await openForm();
    type(nl.form.labels.companyName, 'x'.repeat(121));
    type(nl.form.labels.email, 'sanne@');
    press(nl.form.submit);
    expect(messageOf(nl.form.labels.companyName)).toBe('Gebruik maximaal 120 tekens, op één regel.');
    expect(messageOf(nl.form.labels.email)).toBe(nl.problems.email.invalid);
  });

  test('shows the worker\'s field issues next to the fields, in the visitor\'s words', async () => {
    const issues = [{ path: 'email', message: 'Enter a valid e-mail address, such as name@example.nl.' }];
    stubApi({ referrals: [() => json({ error: { code: 'invalid_body', message: 'x', issues } }, 400)] });
    await openForm();
    fillRequired();
    press(nl.form.submit);
    await waitFor(() => expect(messageOf(nl.form.labels.email)).toBe(nl.problems.email.invalid));
    expect(document.activeElement).toBe(field(nl.form.labels.email));
  });

  test('has a way back to the result', async () => {
    stubApi();
    const { onClose } = await openForm();
    press(nl.back);
    expect(onClose).toHaveBeenCalledOnce();
  });
});
