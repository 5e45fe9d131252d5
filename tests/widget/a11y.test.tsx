import axe from 'axe-core';
import { screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { nl as referralNl } from '../../widget/referral/i18n/nl';
import { answerAll, pressButton, renderWidget, startAssessment, wholeResult } from './harness';
import { fillRequired, findNetwork, press, renderStep, stubApi } from './referral-harness';

/** Rules that need layout or real rendering, which happy-dom does not do; Chromium tests cover them. */
const needsLayout = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { rules: needsLayout, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('accessibility (axe-core, without layout rules)', () => {
  test('intro', async () => {
    const { host } = renderWidget();
    expect(await violations(host)).toEqual([]);
  });

  test('profile', async () => {
    const { host } = renderWidget();
    pressButton(nl.intro.start);
    expect(await violations(host)).toEqual([]);
  });

  test('question with the "choose an answer first" message', async () => {
    const { host } = renderWidget();
    startAssessment();
    pressButton(nl.nav.next);
    expect(await violations(host)).toEqual([]);
  });

  test('result', async () => {
    const { host } = renderWidget();
    startAssessment();
    answerAll((i) => (i % 3 === 0 ? nl.answers.no : i % 3 === 1 ? nl.answers.unknown : nl.answers.partial));
    await wholeResult();
    expect(await violations(host)).toEqual([]);
  });

  test('referral step: the postcode with its message', async () => {
    stubApi();
    const { host } = renderStep();
    press(referralNl.postcode.find);
    expect(await violations(host)).toEqual([]);
  });

  test('referral step: the network and the form, with messages and a failed send', async () => {
    stubApi({ referrals: [() => Promise.reject(new TypeError('Failed to fetch'))] });
    const { host } = renderStep();
    await findNetwork();
    press(referralNl.form.submit);
    expect(await violations(host)).toEqual([]);
    fillRequired();
    press(referralNl.form.submit);
    await screen.findByRole('alert');
    expect(await violations(host)).toEqual([]);
  });

  test('referral step: the confirmation', async () => {
    stubApi();
    const { host } = renderStep();
    await findNetwork();
    fillRequired();
    press(referralNl.form.submit);
    await screen.findByRole('heading', { name: referralNl.sent.title });
    expect(await violations(host)).toEqual([]);
  });
});
