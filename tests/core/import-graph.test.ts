/**
 * The import graph of the source folders, type-only imports included: no file imports itself
 * through others (a cycle makes the order modules load in matter, and a newcomer cannot tell
 * which file comes first), and core/ imports nothing outside core/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['build', 'core', 'widget', 'console', 'embed', 'worker', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [file] : [];
  });
}

/** A relative specifier as the bundler resolves it: as written, then .ts, .tsx, or a folder's index. */
function resolve(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]
    .find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

const graph = new Map<string, string[]>(
  FOLDERS.flatMap((folder) => sourceFiles(path.join(root, folder))).map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const imports = importedFiles.filter(({ fileName }) => fileName.startsWith('.')).map(({ fileName }) => resolve(file, fileName));
    return [file, imports.filter((imported): imported is string => imported !== undefined && /\.tsx?$/.test(imported))];
  }),
);

/** Each cycle once, as the files along it (relative to the root), found by depth-first search. */
function cycles(): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) return void found.push(trail.slice(at).map((f) => path.relative(root, f)));
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) walk(next, [...trail, file]);
    done.add(file);
  };
  for (const file of graph.keys()) walk(file, []);
  return found;
}

describe('the import graph', () => {
  it(`has no cycles among the ${graph.size} source files, type-only imports included`, () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps core/ pure: it imports nothing outside core/', () => {
    const core = path.join(root, 'core') + path.sep;
    const outside = [...graph].flatMap(([file, imports]) =>
      file.startsWith(core) ? imports.filter((i) => !i.startsWith(core)).map((i) => `${path.relative(root, file)} -> ${path.relative(root, i)}`) : [],
    );
    expect(outside).toEqual([]);
  });
});
