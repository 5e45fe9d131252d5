/**
 * @module Work a new screen can leave until it is on screen: what lies below the first screenful.
 * At 4x throttling the whole result was one task of 80-100 ms from the click to its paint (issue
 * 14); its top alone (heading, score, invitation) is painted in half that, and the rest follows
 * in a task of its own, in the first idle time after that paint.
 */
import { whenIdle } from './when-idle';

/** Runs `work` once the next frame is painted and the page is idle (bounded by `IDLE_WAIT_MS`). */
export function afterPaint(work: () => void): void {
  // A hidden page paints no frames: there, idle alone.
  if (document.visibilityState === 'hidden') whenIdle(work);
  else requestAnimationFrame(() => whenIdle(work));
}
