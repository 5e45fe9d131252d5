/**
 * @module Moving focus to a new screen's heading without forcing a synchronous layout in the
 * click's task. `focus()` scrolls the element into view, and to know where it is the browser
 * lays the page out at once, before the frame would anyway; on a slow phone that doubled layout
 * is a visible part of a screen change. So the focus moves without scrolling, and the scroll (only
 * when the heading is out of view, centred as `focus()` does it) waits for the next frame, whose
 * layout it then reads instead of forcing one. The visitor sees the same: both land before that
 * frame is painted.
 */

/** Focuses `heading` at once, and scrolls it into view before the next frame if it is not. */
export function focusHeading(heading: HTMLElement): void {
  heading.focus({ preventScroll: true });
  requestAnimationFrame(() => {
    const { top, bottom } = heading.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) heading.scrollIntoView({ block: 'center' });
  });
}
