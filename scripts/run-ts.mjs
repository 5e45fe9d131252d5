// `node scripts/run-ts.mjs <file.ts> [arguments]`: the one way this project runs a TypeScript
// script (`npm run admin`, `npm run bench`, `npm run chaos`). Node 20 cannot strip types (that came in Node 22.6),
// so Vite's module runner, Vite being the build tool already, loads the file and what it imports,
// resolved as in the app, and calls its exported `main` with the arguments; a number it returns
// becomes the exit code.
import path from 'node:path';
import { runnerImport } from 'vite';

const [file, ...args] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/run-ts.mjs <file.ts> [arguments]');
const { module } = await runnerImport(path.resolve(file), { configFile: false, logLevel: 'warn' });
const code = await module.main(args);
if (typeof code === 'number') process.exitCode = code;
