/**
 * Builds the English UI strings, `widget/i18n/en-chunk.ts`, to `dist/public/widget-en.js`: a
 * minified IIFE that widget.js loads for an English widget (widget/load-chunk.ts), built like
 * widget-referral.js. It is plain data: it imports nothing from Preact.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/public',
    // widget.js is built into the same folder first and must survive this build.
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'widget/i18n/en-chunk.ts',
      formats: ['iife'],
      // Required for IIFE builds; the entry exports nothing, so no variable of this name is emitted.
      name: 'CyberScanEnglish',
      fileName: () => 'widget-en.js',
    },
    rolldownOptions: {
      output: { codeSplitting: false },
    },
  },
});
