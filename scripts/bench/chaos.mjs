// `npm run chaos`: the delivery fault run (scripts/bench/chaos-main.ts), loaded through Vite's
// module runner as `npm run bench` is.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const entry = fileURLToPath(new URL('./chaos-main.ts', import.meta.url));
const { module } = await runnerImport(entry, { configFile: false, logLevel: 'warn' });
process.exitCode = await module.main(process.argv.slice(2));
