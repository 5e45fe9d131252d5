/**
 * @module A fresh page that runs widget.js and then chunks of it, as a partner page does when the
 * widget loads them, for tests of what a chunk registers and what it adds to the page.
 */
import { Window } from 'happy-dom';

/** What the page holds after its scripts ran. */
export interface ChunkPage {
  readonly window: Window;
  /** Globals the scripts added to the page: only `CyberScan` is allowed. */
  readonly added: readonly string[];
  /** `window.CyberScan`: the page sees only its enumerable keys. */
  readonly api: object;
  /** widget.js's runtime, where chunks register themselves (widget/runtime.ts). */
  readonly runtime: Record<string, unknown>;
}

/** Runs `widget` (widget.js's code), then `beforeChunks`, then each of `chunks` in order. */
export function pageWith(widget: string, chunks: readonly string[], beforeChunks?: (runtime: Record<string, unknown>) => void): ChunkPage {
  const window = new Window({ url: 'https://partner.example/' });
  const before = new Set(Object.getOwnPropertyNames(window));
  window.eval(widget);
  const api = (window as unknown as { CyberScan: { runtime: Record<string, unknown> } }).CyberScan;
  const runtime = api.runtime;
  beforeChunks?.(runtime);
  for (const chunk of chunks) window.eval(chunk);
  return { window, added: Object.getOwnPropertyNames(window).filter((name) => !before.has(name)), api, runtime };
}
