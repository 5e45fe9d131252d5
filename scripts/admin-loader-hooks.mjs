// Module hooks for scripts/admin-loader.mjs. TypeScript's transpileModule removes the types, one
// file at a time and without checking them (`npm run typecheck` does that); extensionless
// relative imports resolve to .ts (or a folder's index.ts) as under tsconfig's "bundler" resolution; JSON imports without
// `with { type: 'json' }` (core/profile does that, for Vite) load as a module with a default export.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const RELATIVE_WITHOUT_EXTENSION = /^\.{1,2}\/(?:.*\/)?[^./]+$/;

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    if (!RELATIVE_WITHOUT_EXTENSION.test(specifier)) throw error;
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return next(`${specifier}.ts`, context);
    if (error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT') return next(`${specifier}/index.ts`, context);
    throw error;
  }
}

export async function load(url, context, next) {
  if (url.startsWith('file:') && url.endsWith('.ts')) {
    const source = await readFile(new URL(url), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: url,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
    });
    return { format: 'module', source: outputText, shortCircuit: true };
  }
  if (url.startsWith('file:') && url.endsWith('.json') && context.importAttributes?.type !== 'json') {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${text};`, shortCircuit: true };
  }
  return next(url, context);
}
