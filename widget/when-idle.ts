/**
 * @module Work a screen change can leave until the browser is idle: saving progress, loading the
 * result's chunks. Done in the click's task, or in the tasks right after its paint, it delayed the
 * next screen being ready on a slow phone (issue 14's profile); idle, it waits until no frame or
 * input is due. `IDLE_WAIT_MS` bounds the wait on a page that is never idle.
 */

/** The longest an idle callback waits before it runs anyway. */
export const IDLE_WAIT_MS = 1000;

/** Runs `work` when the page is next idle, or after {@link IDLE_WAIT_MS} at the latest. */
export function whenIdle(work: () => void): void {
  // Safari has no requestIdleCallback: there, soon after the current task and its frame.
  if (typeof requestIdleCallback == 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 50);
}
