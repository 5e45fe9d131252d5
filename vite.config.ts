/**
 * @module `npm run build` (`vite build`): empties dist/public, then builds every target of
 * build/targets.ts, one Vite environment each, one after another, and writes the answers of
 * `GET /api/v1/assessment` (build/assessment.ts).
 */
import { rm } from 'node:fs/promises';
import { defineConfig } from 'vite';
import { writeAssessmentFiles } from './build/assessment';
import { compileHint } from './build/compile-hint';
import { environmentOf } from './build/environment';
import { leanBank } from './build/lean-bank';
import { secondMinify } from './build/second-minify';
import { OUT_DIR, targets } from './build/targets';

export default defineConfig({
  // development: false keeps a build started with NODE_ENV=test (as in tests/widget) identical to a production one.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
  publicDir: false,
  // compileHint after secondMinify: a minifier would drop its comment.
  plugins: [leanBank(), secondMinify(), compileHint()],
  environments: Object.fromEntries(targets.map((target) => [target.name, environmentOf(target)])),
  builder: {
    async buildApp(builder) {
      // A file whose target was removed must not go on being served from an old build.
      await rm(OUT_DIR, { recursive: true, force: true });
      for (const target of targets) await builder.build(builder.environments[target.name]!);
      await writeAssessmentFiles(OUT_DIR);
    },
  },
});
