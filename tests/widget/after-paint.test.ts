/** widget/after-paint.ts: work that waits until the new screen is painted, also in a hidden page. */
import { afterEach, expect, test, vi } from 'vitest';
import { afterPaint } from '../../widget/after-paint';

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'visibilityState');
});

test('runs after the current task, once a frame has come', async () => {
  const frame = vi.fn((callback: FrameRequestCallback) => setTimeout(() => callback(performance.now())));
  vi.stubGlobal('requestAnimationFrame', frame);
  const work = vi.fn();
  afterPaint(work);
  expect(work).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(work).toHaveBeenCalledOnce());
  expect(frame).toHaveBeenCalledOnce();
});

test('runs in a hidden page too, where no frame ever comes', async () => {
  vi.stubGlobal('requestAnimationFrame', vi.fn());
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  const work = vi.fn();
  afterPaint(work);
  await vi.waitFor(() => expect(work).toHaveBeenCalledOnce());
});
