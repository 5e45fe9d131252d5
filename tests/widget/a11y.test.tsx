import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { answerAll, pressButton, renderWidget, startAssessment } from './harness';

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
    expect(await violations(host)).toEqual([]);
  });
});
