/** afterPaint (widget/when-idle.ts): work that waits until the new screen is painted, also in a hidden page. */
import { afterEach, expect, test, vi } from 'vitest';
import { afterPaint } from '../../widget/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'visibilityState');
});

test('runs after the current task, once a frame has come and gone', async () => {
  const order: string[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => (order.push('frame'), callback(performance.now()))));
  const work = vi.fn(() => order.push('work'));
  afterPaint(work);
  expect(work).not.toHaveBeenCalled();
  await vi.waitFor(() => expect(work).toHaveBeenCalledOnce());
  expect(order).toEqual(['frame', 'work']);
});

test('runs in a hidden page too, where no frame ever comes', async () => {
  vi.stubGlobal('requestAnimationFrame', vi.fn());
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  const work = vi.fn();
  afterPaint(work);
  await vi.waitFor(() => expect(work).toHaveBeenCalledOnce());
});
