/**
 * @module axe-core in the page, run on the widget only. Injected with `evaluate`, which the
 * DevTools protocol runs outside the page's CSP: a `<script>` tag would be blocked as inline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The violations axe finds in the first `<cyber-scan>` and its (open) shadow tree, one readable
 * line each: rule, impact, what it checks and the offending nodes (shadow hosts first).
 */
export async function widgetViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const widget = document.querySelector('cyber-scan');
    if (!widget) throw new Error('no <cyber-scan> on the page');
    const results = await axe.run(widget, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // A target is a path of selectors, one per shadow root on the way down.
    const targets = (nodes: typeof results.violations[number]['nodes']) =>
      nodes.map((n) => n.target.map((step) => (Array.isArray(step) ? step.join(' >> ') : step)).join(', '));
    return results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: targets(nodes) }));
  }, WCAG_AA);
  return violations.map(
    ({ id, impact, help, targets }) => `${id} (${impact}): ${help}: ${targets.join(' | ')}`,
  );
}
