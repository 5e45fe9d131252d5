/**
 * The profile step on a phone: its postcode field is a text field like the referral form's,
 * as wide as the form and tall enough to tap, and shows the four digits typed into it.
 */
import { expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('the profile step on a 320px wide phone', () => {
  const { page, errors } = usePage({ viewport: { width: 320, height: 640 } });

  test('the postcode field is a full-width text field that shows what is typed', async () => {
    await page().goto(`${origin}/`);
    await page().getByRole('button', { name: nl.intro.start, exact: true }).click();
    const postcode = page().getByRole('textbox', { name: nl.profile.postcode, exact: true });
    await postcode.fill('3511');

    const field = await postcode.evaluate((input: HTMLInputElement) => {
      const form = input.closest('form')!.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      return { width: box.width, height: box.height, formWidth: form.width, hidden: input.scrollWidth - input.clientWidth };
    });
    // Old rule: every input was a 1.25em square (a radio's size), so four digits did not fit.
    expect(field.width).toBeGreaterThanOrEqual(field.formWidth - 1);
    expect(field.height).toBeGreaterThanOrEqual(44);
    expect(field.hidden).toBe(0);
    expect(await postcode.inputValue()).toBe('3511');
    expect(errors()).toEqual([]);
  });
});
