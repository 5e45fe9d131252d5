/**
 * @module Moving focus to a new screen's heading. `focus()` also scrolls the element into view,
 * and would move a page whose heading is in view already; here the focus moves without
 * scrolling, and the page scrolls (centred, as `focus()` does it) only when the heading is out of
 * view. Measured in Chromium (issue 14): `focus()` lays the new screen out in the click's task
 * even with `preventScroll`, so the heading's position is known right after it at no extra cost;
 * checking it in the next frame instead cost a frame callback (3-4 ms at 4x) and no layout.
 */

/** Focuses `heading` and scrolls it into view if it is not. */
export function focusHeading(heading: HTMLElement): void {
  heading.focus({ preventScroll: true });
  const { top, bottom } = heading.getBoundingClientRect();
  if (top < 0 || bottom > innerHeight) heading.scrollIntoView({ block: 'center' });
}
