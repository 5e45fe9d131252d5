/**
 * Starts the real worker with `wrangler dev` on a free loopback port and a throw-away local D1,
 * the same way `npm start` does, so browser tests see exactly what a newcomer sees.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/free-port';
import { TURNSTILE_TEST_KEYS as KEYS } from '../../core/turnstile-test-keys';

/** A Turnstile site key with the secret the worker verifies its tokens with. */
export interface TurnstileKeys {
  readonly siteKey: string;
  readonly secret: string;
}

/** Site key and secret pairs of Cloudflare's published Turnstile test keys. */
export const TURNSTILE_TEST_KEYS = {
  pass: { siteKey: KEYS.passSiteKey, secret: KEYS.passSecret },
  fail: { siteKey: KEYS.failSiteKey, secret: KEYS.failSecret },
} as const;

const root = path.resolve(import.meta.dirname, '../..');
const wrangler = path.join(root, 'scripts/wrangler');

export interface DevServer {
  readonly origin: string;
  /** The local D1 the server runs on, for tools that write to it directly (`npm run admin -- --persist-to`). */
  readonly persistDir: string;
  /** The server's output, also kept in a file so a failing test can show what the server did meanwhile. */
  readonly logFile: string;
  stop(): Promise<void>;
}

function run(args: string[]): ChildProcess {
  return spawn(wrangler, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitForHealth(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  // wrangler dev starts in about 2 s on an idle machine; a busy CI box can take many times that.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited early:\n${log()}`);
    try {
      if ((await fetch(`${origin}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`wrangler dev did not become healthy in 90 s:\n${log()}`);
}

/** Runs a wrangler command to its end; throws with its output if it fails. */
async function runToEnd(args: string[], what: string): Promise<void> {
  const child = run(args);
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`${what} failed:\n${log}`);
}

/**
 * The development vars `npm start` passes for `origin`: the development inbox, and Turnstile
 * through the local stand-in with Cloudflare's always-pass test keys (or `turnstile` others).
 */
export const devVars = (origin: string, turnstile: TurnstileKeys = TURNSTILE_TEST_KEYS.pass): string[] =>
  Object.entries({
    DEV_INBOX: 'on', DEV_ORIGIN: origin, DEV_INBOX_SECRET: 'whsec_ZGV2ZWxvcG1lbnQtaW5ib3gta2V5LW5vdC1zZWNyZXQ=',
    DEV_TURNSTILE: 'on', TURNSTILE_SITE_KEY: turnstile.siteKey, TURNSTILE_SECRET: turnstile.secret,
    TURNSTILE_SCRIPT_URL: `${origin}/dev/turnstile/api.js`, TURNSTILE_VERIFY_URL: `${origin}/dev/turnstile/siteverify`,
  }).flatMap(([name, value]) => ['--var', `${name}:${value}`]);

/**
 * Applies the migrations and the development seed to a fresh local database and serves the
 * worker on it, with the development inbox on, exactly as `npm start` does. The demo partner lists
 * only port 8787, but the worker accepts its own origin, so the random port needs no entry.
 * `turnstile` picks the test keys the Turnstile stand-in gets (always pass unless given).
 */
export async function startDevServer(turnstile: TurnstileKeys = TURNSTILE_TEST_KEYS.pass): Promise<DevServer> {
  const persist = mkdtempSync(path.join(tmpdir(), 'cyberscan-e2e-'));
  await runToEnd(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], 'migrations');
  await runToEnd(['d1', 'execute', 'DB', '--local', '--persist-to', persist, '--file', 'seed/dev.sql'], 'the dev seed');

  const [port, inspectorPort] = [await freePort(), await freePort()];
  const origin = `http://127.0.0.1:${port}`;
  const child = run([
    'dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspectorPort),
    '--persist-to', persist, '--show-interactive-dev-session=false', '--live-reload=false',
    ...devVars(origin, turnstile),
  ]);
  let log = '';
  let stopping = false;
  const logFile = path.join(persist, 'wrangler-dev.log');
  const keep = (d: Buffer) => {
    log += d;
    // A server that is being stopped may still print after its folder is gone.
    if (!stopping) appendFileSync(logFile, d);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitForHealth(origin, child, () => log);
  // A server that dies mid-run turns every later test into "connection refused"; say why once.
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`wrangler dev on ${origin} exited during the run (code ${code}, signal ${signal}):\n${log.slice(-4000)}`);
  });
  return {
    origin,
    persistDir: persist,
    logFile,
    async stop() {
      stopping = true;
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(persist, { recursive: true, force: true });
    },
  };
}
