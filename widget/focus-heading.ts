/**
 * @module Moving focus to a new screen's heading. `focus()` also scrolls the element into view;
 * here the focus moves without scrolling, and the scroll (only when the heading is out of view,
 * centred as `focus()` does it) waits for the next frame, so a heading in view never moves the page.
 * Measured in Chromium (issue 14): `focus()` lays the page out even with `preventScroll`, so the
 * new screen's layout is done in the click's task, and the frame does not repeat it. Focusing in
 * the frame instead only moved that work (and the focus a frame later): the speed bench showed no gain.
 */

/** Focuses `heading` at once, and scrolls it into view before the next frame if it is not. */
export function focusHeading(heading: HTMLElement): void {
  heading.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    const { top, bottom } = heading.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) heading.scrollIntoView({ block: 'center' });
  });
}
