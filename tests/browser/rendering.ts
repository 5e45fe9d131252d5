/**
 * @module Measurable facts about how the first widget on a page renders: computed styles and
 * box sizes of every element, and whether anything sticks out sideways.
 */
import type { Page } from 'playwright-core';

const PROPERTIES = [
  'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-transform',
  'text-align', 'color', 'background-color', 'padding', 'margin', 'border', 'border-radius', 'display',
];

/** The host's computed properties, then each shadow-tree element's (in document order) with its size. */
export type RenderingFacts = Record<string, Record<string, string>>;

/**
 * What the first widget on the page looks like, element by element: the computed PROPERTIES and
 * the rendered size (which shows any change in wrapping). Positions are left out: they depend on
 * the page around the widget, and a widget at a fractional offset is also drawn a little
 * differently, which is why screenshots of two pages are not compared.
 */
export function renderingFacts(page: Page): Promise<RenderingFacts> {
  return page.evaluate((properties) => {
    const host = document.querySelector('cyber-scan')!;
    const computed = (element: Element) => {
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
    };
    const inside = [...host.shadowRoot!.querySelectorAll('*')].map((element, i) => {
      const box = element.getBoundingClientRect();
      const name = `${i} ${element.localName}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
      return [name, { ...computed(element), size: `${box.width.toFixed(2)} × ${box.height.toFixed(2)}` }];
    });
    // The host's own width follows the page's layout; its styles must not.
    return Object.fromEntries([['host', computed(host)], ...inside]);
  }, PROPERTIES);
}

export interface SidewaysScroll {
  /** scrollWidth and clientWidth of the widget's container. */
  readonly widget: readonly [number, number];
  /** The same for the page. */
  readonly page: readonly [number, number];
}

/** How wide the widget's content and the page's content are, against their visible width. */
export function sidewaysScroll(page: Page): Promise<SidewaysScroll> {
  return page.evaluate(() => {
    const container = document.querySelector('cyber-scan')!.shadowRoot!.querySelector('.container')!;
    const { documentElement: html } = document;
    return { widget: [container.scrollWidth, container.clientWidth], page: [html.scrollWidth, html.clientWidth] } as const;
  });
}
