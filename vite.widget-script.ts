/**
 * @module The one way the widget's script files are built: each entry becomes one minified IIFE
 * in dist/public, which the worker serves as a static asset. CSS is imported with `?inline` and
 * adopted as a constructable stylesheet, so there is no CSS file and nothing for a partner's CSP
 * to block. Used by vite.config.ts (widget.js) and the on-demand chunks' configs.
 */
import { defineConfig, type UserConfig } from 'vite';

/** Not enumerable on `window.CyberScan`, but readable by name (widget/runtime.ts). */
const RUNTIME = 'CyberScan.runtime';

export interface WidgetScript {
  readonly entry: string;
  /** The file name in dist/public. */
  readonly file: string;
  /** Required for IIFE builds; the entries export nothing, so no variable of this name is emitted. */
  readonly name: string;
  /**
   * An on-demand chunk that renders inside widget.js's Preact tree: `preact` and
   * `preact/jsx-runtime` are read from the runtime widget.js exposes instead of bundled again.
   */
  readonly sharesPreact?: boolean;
}

export function widgetScriptConfig({ entry, file, name, sharesPreact = false }: WidgetScript): UserConfig {
  const shared = sharesPreact ? (['preact', 'preact/jsx-runtime'] as const) : [];
  return defineConfig({
    // development: false keeps a build started with NODE_ENV=test (as in tests/widget) identical to a production one.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
    publicDir: false,
    build: {
      outDir: 'dist/public',
      // Several builds write into dist/public one after another; each must leave the others' files.
      emptyOutDir: false,
      minify: true,
      cssCodeSplit: false,
      sourcemap: false,
      lib: { entry, formats: ['iife'], name, fileName: () => file },
      rolldownOptions: {
        external: [...shared],
        output: { codeSplitting: false, globals: Object.fromEntries(shared.map((id) => [id, RUNTIME])) },
      },
    },
  });
}
