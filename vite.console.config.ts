/**
 * Builds the two same-origin pages the worker serves next to the widget: the network console
 * (`console/main.tsx` → `dist/public/console.js` + `console.css`, served at /console) and the
 * partner tools (`embed/main.ts` → `embed.js` + `embed.css`, at /embed). Unlike widget.js these
 * run on this deployment's own pages, so their CSS is a real stylesheet (`style-src 'self'`) and
 * they load as module scripts.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  // development: false keeps a build started with NODE_ENV=test identical to a production one.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  publicDir: false,
  build: {
    outDir: 'dist/public',
    // widget.js is built into the same folder by vite.config.ts and must survive this build.
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    // Neither page imports anything dynamically, so the module-preload polyfill would be dead weight.
    modulePreload: false,
    rolldownOptions: {
      input: { console: 'console/main.tsx', embed: 'embed/main.ts' },
      // The worker serves these four files by name (worker/routes/page-asset.ts): no hashes, and no
      // shared chunk, because the two entries import nothing in common (each gets its own CSS file).
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});
