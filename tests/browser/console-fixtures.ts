/**
 * @module What the console tests need in the dev server's database: access tokens, issued with the
 * real admin CLI against the server's own D1 folder, and referrals and results sent through the
 * public API exactly as the widget sends them.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import { visibleBank } from '../../core/bank/visibility';
import type { ReferralRequest, ReferralResponse, ResultRequest } from '../../core/contracts';
import type { Profile } from '../../core/profile';
import { MIXED_ANSWERS, outcomeOf } from './flow';
import { origin } from './page';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The rate limits count per client address (CF-Connecting-IP, which `wrangler dev` passes on).
 * The console tests seed from an address of their own (TEST-NET-1) so that they neither use up
 * nor depend on the budget of the widget tests, which all share the one local address.
 */
const SEEDING_CLIENT = { 'CF-Connecting-IP': '192.0.2.61' };

/** `npm run admin -- token create ...` on the dev server's database; returns the printed token. */
export function createToken(grant: ({ readonly network: string } | { readonly admin: true }) & { readonly name: string }): string {
  const scope = ['admin' in grant ? '--admin' : `--network=${grant.network}`, '--name', grant.name];
  const run = spawnSync(
    process.execPath,
    ['scripts/run-ts.mjs', 'scripts/admin.ts', 'token', 'create', ...scope, '--persist-to', inject('persistDir')],
    { cwd: root, encoding: 'utf8' },
  );
  const token = /^cst_\S+$/m.exec(run.stdout)?.[0];
  if (!token) throw new Error(`token create failed:\n${run.stdout}\n${run.stderr}`);
  return token;
}

async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/json', ...SEEDING_CLIENT, ...headers },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const { answers: MIXED } = outcomeOf(MIXED_ANSWERS);

let referralClients = 0;

/**
 * A referral to `network` from the demo partner, answers shared; returns its reference. The
 * e-mail address is new each time unless given, so only a test that wants two requests from one
 * address gets a "mogelijk dubbel" mark.
 */
export async function sendReferral(network: string, companyName: string, email = `fatima.${crypto.randomUUID().slice(0, 8)}@voorbeeld.nl`): Promise<string> {
  const request: ReferralRequest = {
    partner: 'demo',
    network,
    postcode: '2511 AB',
    companyName,
    contactName: 'Fatima de Vries',
    email,
    phone: '070 123 4567',
    sector: 'retail',
    size: '2-9',
    message: 'Liefst op een dinsdag.',
    shareAnswers: true,
    answers: MIXED,
    bankVersion: bankStructure.version,
    lang: 'nl',
  };
  // Each from its own client address: more referrals than the per-address limit allows a minute.
  const client = { 'CF-Connecting-IP': `192.0.2.${100 + ++referralClients}` };
  const { reference } = await post<ReferralResponse>('/api/v1/referrals', request, { 'Idempotency-Key': crypto.randomUUID(), ...client });
  return reference;
}

/** `count` anonymous results of companies with `profile`, through the demo partner. */
export async function sendResults(count: number, profile: Profile): Promise<void> {
  for (let i = 0; i < count; i++) {
    const request: ResultRequest = {
      submissionId: crypto.randomUUID(),
      partner: 'demo',
      bankVersion: bankStructure.version,
      lang: 'nl',
      // Only what this profile is asked: the worker refuses an answer to a hidden question.
      answers: Object.fromEntries(visibleBank(bankStructure, profile).questions.map((q) => [q.id, MIXED[q.id]!])),
      profile,
    };
    await post('/api/v1/results', request);
  }
}
