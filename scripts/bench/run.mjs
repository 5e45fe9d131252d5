// `npm run bench`: Node 20 cannot run TypeScript, so Vite's module runner (Vite is already the
// widget's build tool) loads scripts/bench/main.ts and what it imports, resolved as in the app.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./main.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'warn' });
await module.main(process.argv.slice(2));
