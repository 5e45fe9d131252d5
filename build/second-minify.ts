/**
 * @module A second minification of the partner scripts, by terser, after Vite's own (Oxc). Each
 * finds savings the other leaves: on widget.js about 150 B gzip (issue 14: 15 kB for all a Dutch
 * visitor needs up to the last question), where terser alone does worse than Oxc alone. Only
 * safe transforms (no `unsafe` options); the bundle tests and the browser tests run its output.
 *
 * It also shortens Preact's internal property names (`__e`, `__k`, ...: two underscores and one
 * letter, already shortened by Preact's own build) to terser's shortest free names: 38 B gzip on
 * widget.js. Safe because every such name is read and written only inside the file that bundles
 * Preact: the chunks that share widget.js's Preact call its API, never its internals, and the
 * bundle test checks that no chunk names one.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { targets } from './targets';

/** Preact's internal property names as its build leaves them (bundle test: no chunk reads one). */
export const PREACT_INTERNAL = /^__[a-zA-Z]$/;

/** The plugin: rewrites each partner script's chunk once Vite has minified it. */
export function secondMinify(): Plugin {
  return {
    name: 'cyberscan:second-minify',
    applyToEnvironment: (environment) => targets.some((t) => t.name === environment.name && t.kind === 'partner-script'),
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // Two passes: on widget.js one gave 15,028 B gzip, two 14,985 B, three 14,983 B.
        const { code } = await minify(chunk.code, { ecma: 2020, compress: { passes: 2 }, mangle: { properties: { regex: PREACT_INTERNAL } } });
        chunk.code = code!;
      }
    },
  };
}
