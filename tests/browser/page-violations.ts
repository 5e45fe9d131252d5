/**
 * @module axe-core over a whole page (the console, the partner tools), open shadow roots
 * included. Injected with `evaluate`, which the page's CSP does not govern: a `<script>` tag
 * would be blocked as inline. tests/browser/axe.ts does the same for one widget.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every violation on the page, one readable line each: rule, impact, what it checks, where. */
export async function pageViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => {
      const targets = nodes.map((n) => n.target.map((step) => (Array.isArray(step) ? step.join(' >> ') : step)).join(', '));
      return `${id} (${impact}): ${help}: ${targets.join(' | ')}`;
    });
  }, WCAG_AA);
}
