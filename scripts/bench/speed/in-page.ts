/**
 * @module What the browser benchmark runs inside the page (through `page.evaluate`): one screen
 * change, from the click to the next frame painted with the new screen's heading focused (the
 * widget and the floor both move focus there), and the Total Blocking Time so far.
 */

/**
 * Milliseconds from clicking the button named `name` in `tag`'s shadow root to the next screen
 * painted; with `last`, also to the first frame painted once a button of that name is there (a
 * screen whose end renders after its first paint).
 */
export async function screenChange([tag, name, answer, last = null]: readonly [string, string, string | null, (string | null)?]): Promise<{ ready: number; whole: number }> {
  const root = document.querySelector(tag)!.shadowRoot!;
  if (answer) {
    const choice = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === answer);
    choice!.querySelector('input')!.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  const before = root.activeElement;
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no button "${name}" in ${tag}`);
  const start = performance.now();
  button.click();
  let ready: number | undefined;
  for (;;) {
    // After the frame's callbacks and its paint: the earliest the visitor can see the change.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const focused = root.activeElement;
    if (ready === undefined && focused && focused !== before && focused.tagName === 'H2') ready = performance.now() - start;
    const whole = last === null || [...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === last);
    if (ready !== undefined && whole) return { ready, whole: performance.now() - start };
    if (performance.now() - start > 30_000) throw new Error(`the screen after "${name}" never got focus, or never its end`);
  }
}

/** Installed before the page's scripts run: records every long task from the start. */
export function recordLongTasks(): void {
  const tasks: number[] = [];
  (window as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
}

/** Total Blocking Time so far: the part of each long task beyond 50 ms. */
export function totalBlockingTime(): number {
  const tasks = (window as unknown as { benchLongTasks: number[] }).benchLongTasks;
  return tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}
