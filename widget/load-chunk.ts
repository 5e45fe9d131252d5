/**
 * @module Loads a chunk on demand: a second script next to widget.js, `widget-<name>.js`, that
 * registers its value on the runtime (runtime.ts). Chunks keep widget.js within its budget:
 * most visitors never open the referral step or read the widget in English, and the result
 * loads while the visitor answers the questions.
 */
import { runtime, type Chunks } from './runtime';
import { scriptOrigin } from './script-origin';

// Each entry holds what its name's chunk registers (a Map cannot say so in its type). On the
// runtime, so that widget-result.js, which has its own copy of this module, shares it.
const loading = (runtime.loading ??= new Map());

/**
 * Adds `<script src>` for the chunk to the page once, from the host widget.js came from
 * (worker/routes/built-files.ts), and resolves with what it registers. A script added by script is
 * async already: it never blocks the page. A failed load removes its script and is forgotten,
 * so that "try again" really loads again.
 */
export function loadChunk<Name extends keyof Chunks>(name: Name): Promise<Chunks[Name]> {
  let chunk = loading.get(name) as Promise<Chunks[Name]> | undefined;
  if (!chunk) {
    chunk = new Promise<Chunks[Name]>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${scriptOrigin}/widget-${name}.js`;
      script.onload = script.onerror = () => {
        const registered: Partial<Chunks>[Name] = runtime[name];
        if (registered) return resolve(registered);
        script.remove();
        // No reason to give: the visitor sees the same "try again" for every failure.
        reject();
      };
      document.head.append(script);
    });
    loading.set(name, chunk);
    // Forgotten once settled as failed, also when the script's event came before this line.
    chunk.catch(() => loading.delete(name));
  }
  return chunk;
}
