/**
 * @module Chromium's explicit compile hint on the partner scripts marked `compileEagerly` in
 * build/targets.ts: a comment on the file's first line that makes V8 compile every function as
 * the script loads instead of each on its first call, inside the click that needs it (issue 14).
 * Added last, after both minifications (build/second-minify.ts), which would drop a comment.
 */
import type { Plugin } from 'vite';
import { targets } from './targets';

/** The comment V8 reads; it counts only on the first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The plugin: puts the hint on top of each marked partner script, once it is otherwise final. */
export function compileHint(): Plugin {
  return {
    name: 'cyberscan:compile-hint',
    applyToEnvironment: (environment) => targets.some((t) => t.name === environment.name && t.kind === 'partner-script' && t.compileEagerly === true),
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
