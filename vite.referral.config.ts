/**
 * Builds the referral step, `widget/referral/index.tsx`, to `dist/public/widget-referral.js`: a
 * second minified IIFE that widget.js loads when a visitor opens the step (widget/load-chunk.ts).
 * Preact is not bundled again: `preact` and `preact/jsx-runtime` are read from the runtime that
 * widget.js puts on `window.CyberScan` (widget/runtime.ts), so the step renders inside the
 * widget's own Preact tree. Its CSS is adopted as a constructable stylesheet, like the widget's.
 */
import { defineConfig } from 'vite';

/** Not enumerable on `window.CyberScan`, but readable by name. */
const RUNTIME = 'CyberScan.runtime';

export default defineConfig({
  // development: false keeps a build started with NODE_ENV=test identical to a production one.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  publicDir: false,
  build: {
    outDir: 'dist/public',
    // widget.js is built into the same folder first and must survive this build.
    emptyOutDir: false,
    minify: true,
    cssCodeSplit: false,
    sourcemap: false,
    lib: {
      entry: 'widget/referral/index.tsx',
      formats: ['iife'],
      // Required for IIFE builds; the entry exports nothing, so no variable of this name is emitted.
      name: 'CyberScanReferral',
      fileName: () => 'widget-referral.js',
    },
    rolldownOptions: {
      external: ['preact', 'preact/jsx-runtime'],
      output: {
        codeSplitting: false,
        globals: { preact: RUNTIME, 'preact/jsx-runtime': RUNTIME },
      },
    },
  },
});
