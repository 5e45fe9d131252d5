/**
 * @module Work a screen change can leave for later. Saving progress and loading the result's
 * chunks wait until the browser is idle: done in the click's task, or in the tasks right after its
 * paint, they delayed the next screen being ready on a slow phone (issue 14's profile); idle, they
 * wait until no frame or input is due. `IDLE_WAIT_MS` bounds the wait on a page that is never idle.
 * The end of a long new screen waits for that screen's paint, then idle: at 4x
 * throttling the whole result was one task of 70-100 ms from the click to its paint; its top alone
 * (heading, score, invitation) is painted in about half that, and the rest follows.
 */

/** The longest an idle callback waits before it runs anyway. */
export const IDLE_WAIT_MS = 1000;

/** Runs `work` when the page is next idle, or after {@link IDLE_WAIT_MS} at the latest. */
export function whenIdle(work: () => void): void {
  // Safari has no requestIdleCallback: there, soon after the current task and its frame.
  if (typeof requestIdleCallback == 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 50);
}

/**
 * Runs `work` once a frame has come (the new screen painted), then when the page is idle, at most
 * {@link IDLE_WAIT_MS} after that frame.
 */
export function afterPaint(work: () => void): void {
  // A hidden page paints no frames: there, idle alone.
  if (document.visibilityState === 'hidden') whenIdle(work);
  else requestAnimationFrame(() => whenIdle(work));
}
