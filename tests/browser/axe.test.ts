/** The widget on the partner page meets WCAG 2.2 A and AA as far as axe-core can tell. */
import { expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { widgetViolations } from './axe';
import { MIXED_ANSWERS, answerAllQuestions, startScan } from './flow';
import { describeInBrowser, origin, usePage } from './page';

describeInBrowser('accessibility in Chromium (axe-core, WCAG 2.0-2.2 A and AA)', () => {
  const { page } = usePage();

  test('the intro has no violations', async () => {
    await page().goto(`${origin}/`);
    await page().getByRole('button', { name: nl.intro.start, exact: true }).waitFor();
    expect(await widgetViolations(page())).toEqual([]);
  });

  test('the profile step has no violations', async () => {
    await page().goto(`${origin}/`);
    await page().getByRole('button', { name: nl.intro.start, exact: true }).click();
    await page().getByRole('heading', { name: nl.profile.title, exact: true }).waitFor();
    expect(await widgetViolations(page())).toEqual([]);
  });

  test('a question, with its help opened, has no violations', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await page().getByText(nl.question.why, { exact: true }).click();
    expect(await widgetViolations(page())).toEqual([]);
  });

  test('a question that was left unanswered has no violations', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await page().getByRole('button', { name: nl.nav.next, exact: true }).click();
    await page().getByRole('alert').waitFor();
    expect(await widgetViolations(page())).toEqual([]);
  });

  // Proves the checks above reach into the shadow root: a nameless button there is found.
  test('a violation inside the shadow root would be found', async () => {
    await page().goto(`${origin}/`);
    await page().getByRole('button', { name: nl.intro.start, exact: true }).waitFor();
    await page().evaluate(() => document.querySelector('cyber-scan')!.shadowRoot!.append(document.createElement('button')));
    expect((await widgetViolations(page())).map((v) => v.split(' ')[0])).toContain('button-name');
  });

  test('the result has no violations', async () => {
    await page().goto(`${origin}/`);
    await startScan(page());
    await answerAllQuestions(page(), MIXED_ANSWERS);
    expect(await widgetViolations(page())).toEqual([]);
  });
});
