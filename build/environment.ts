/**
 * @module How one build target (build/targets.ts) is built: the Vite environment options that
 * vite.config.ts gives it. Every target writes one fixed name into dist/public, never a hashed
 * one, because the worker serves each by name.
 */
import type { EnvironmentOptions } from 'vite';
import { OUT_DIR, type PageScript, type PartnerScript, type Target } from './targets';

/** Not enumerable on `window.CyberScan`, but readable by name (widget/runtime.ts). */
const RUNTIME = 'CyberScan.runtime';

/**
 * Options every target shares: one folder that the build empties once, before all targets.
 * Every target runs in a browser: `consumer: 'client'` (an environment Vite does not know
 * defaults to a server build, without CSS and with node_modules left external).
 */
const common = { outDir: OUT_DIR, emptyOutDir: false, minify: true, sourcemap: false } as const;

function partnerScript({ entry, file, name, sharesPreact = false }: PartnerScript): EnvironmentOptions {
  const shared = sharesPreact ? (['preact', 'preact/jsx-runtime'] as const) : [];
  return {
    consumer: 'client',
    build: {
      ...common,
      cssCodeSplit: false,
      // An IIFE needs a global name; the entries export nothing, so no variable of it is emitted.
      lib: { entry, formats: ['iife'], name: `CyberScan_${name}`, fileName: () => file },
      rolldownOptions: {
        external: [...shared],
        output: { codeSplitting: false, globals: Object.fromEntries(shared.map((id) => [id, RUNTIME])) },
      },
    },
  };
}

function pageScript({ entry, name }: PageScript): EnvironmentOptions {
  return {
    consumer: 'client',
    build: {
      ...common,
      // The page imports nothing dynamically, so the module-preload polyfill would be dead weight.
      modulePreload: false,
      rolldownOptions: {
        input: { [name]: entry },
        // `[name]` is the environment name, which is the file's stem: console.js and console.css.
        output: { format: 'es', entryFileNames: '[name].js', assetFileNames: '[name][extname]' },
      },
    },
  };
}

/** The Vite environment that builds `target`. */
export function environmentOf(target: Target): EnvironmentOptions {
  return target.kind === 'partner-script' ? partnerScript(target) : pageScript(target);
}
