/**
 * @module The keyboard side of a visitor: what has focus (through shadow roots) and moving it
 * with Tab alone. Nothing here clicks or calls `focus()`.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  /** Whether the element sits in the shadow root of a `<cyber-scan>`. */
  readonly inWidget: boolean;
  readonly tag: string;
  /** A button's or heading's text, a radio's label. */
  readonly name: string;
  /** Whether the element is in a fieldset's legend (a question's heading is). */
  readonly inLegend: boolean;
  readonly checked?: boolean;
}

/** The element with keyboard focus, found by following `activeElement` into shadow roots. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const root = element?.getRootNode();
    const input = element instanceof HTMLInputElement ? element : null;
    return {
      inWidget: root instanceof ShadowRoot && root.host.localName === 'cyber-scan',
      tag: element?.localName ?? '',
      name: ((input ? input.closest('label') : element)?.textContent ?? '').trim(),
      inLegend: !!element?.closest('legend'),
      ...(input && { checked: input.checked }),
    };
  });
}

/** The computed focus ring of the focused element. */
export function focusRing(page: Page): Promise<{ outline: string; boxShadow: string }> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const style = getComputedStyle(element ?? document.body);
    return { outline: `${style.outlineStyle} ${style.outlineWidth}`, boxShadow: style.boxShadow };
  });
}

/** Presses Tab (Shift+Tab with `backwards`) until the element named `name` has focus. */
export async function tabTo(page: Page, name: string, { backwards = false, limit = 30 } = {}): Promise<Focused> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.name === name) return now;
  }
  throw new Error(`"${name}" did not get focus within ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/**
 * In a radio group: Tab lands on the first radio (none is chosen yet), Space chooses it, each
 * arrow key press moves to the next radio and chooses it.
 */
export async function chooseByKeyboard(page: Page, position: number): Promise<Focused> {
  await page.keyboard.press('Tab');
  if (position === 0) await page.keyboard.press('Space');
  for (let step = 0; step < position; step++) await page.keyboard.press('ArrowDown');
  return focused(page);
}
