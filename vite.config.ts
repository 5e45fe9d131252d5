/**
 * Builds the embeddable widget: `widget/index.tsx` to one minified IIFE, `dist/public/widget.js`,
 * which the worker serves as a static asset. CSS is imported with `?inline` and adopted as a
 * constructable stylesheet, so there is no CSS file and nothing for a partner's CSP to block.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // development: false keeps a build started with NODE_ENV=test (as in tests/widget) identical to a production one.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  // Nothing to copy: the widget is the only asset.
  publicDir: false,
  build: {
    outDir: 'dist/public',
    // Other assets may be added to dist/public later; the single output file is overwritten anyway.
    emptyOutDir: false,
    minify: true,
    cssCodeSplit: false,
    sourcemap: false,
    lib: {
      entry: 'widget/index.tsx',
      formats: ['iife'],
      // Required for IIFE builds; the entry exports nothing, so no variable of this name is emitted.
      name: 'CyberScanWidget',
      fileName: () => 'widget.js',
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
