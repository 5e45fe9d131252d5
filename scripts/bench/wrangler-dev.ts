/**
 * @module Serves a worker with `wrangler dev` on a free loopback port and waits until /health
 * answers: the one start-and-wait the fault run and the speed bench share.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../free-port';

const root = path.resolve(import.meta.dirname, '../..');

/** A running `wrangler dev`; `stop` ends it and waits until it has exited. */
export interface RunningWorker {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Starts `wrangler dev` with `args` (config, persistence, vars) and resolves once it is healthy. */
export async function startWranglerDev(args: readonly string[]): Promise<RunningWorker> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(path.join(root, 'scripts/wrangler'), [
    'dev', ...args, '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
    '--show-interactive-dev-session=false', '--live-reload=false',
  ], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  // About 2 s on an idle machine; a busy one can take many times that.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log}`);
    if (Date.now() > deadline) throw new Error(`wrangler dev did not start in 90 s:\n${log}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
