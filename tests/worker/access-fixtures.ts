/** Access tokens and referrals for the console, retention and withdrawal tests. */
import { env } from 'cloudflare:workers';
import { createReferral, sha256Hex, type NewReferral, type Referral } from '../../worker/data';
import type { TokenGrant } from '../../worker/data/tokens';
import { newReferral } from './data/referral-fixture';
import { get } from './fetch';

/** Two networks that must never see each other's referrals. */
export const NETWORK_A = 'cyberwerf';
export const NETWORK_B = 'cybernetwerk-utrecht';

/** Stores a token the way `npm run admin -- token create` does (its SHA-256 only) and returns it. */
export async function issueToken(grant: TokenGrant, options: { revoked?: boolean; name?: string } = {}): Promise<string> {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const token = `cst_${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  await env.DB.prepare(
    'INSERT INTO access_tokens (token_hash, kind, network_id, person_name, label, created_at, revoked_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)',
  )
    .bind(
      await sha256Hex(token), grant.kind, grant.kind === 'network' ? grant.networkId : null, options.name ?? 'Test Coördinator', 'test',
      new Date().toISOString(), options.revoked ? new Date().toISOString() : null,
    )
    .run();
  return token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A GET with the token. */
export const getWith = (token: string, path: string) => get(path, { headers: bearer(token) });

/** A JSON PATCH with the token, from this worker's own origin as the console sends it. */
export const patchWith = (token: string, path: string, body: unknown) =>
  get(path, { method: 'PATCH', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** A stored referral for `networkId`, made at `createdAt`. */
export async function referralFor(
  networkId: string,
  overrides: Partial<NewReferral> = {},
  createdAt: Date = new Date(),
): Promise<Referral> {
  const key = await sha256Hex(crypto.randomUUID());
  return (await createReferral(env.DB, { ...newReferral, networkId, ...overrides }, key, createdAt)).referral;
}

/** The raw row, for checking exactly what is stored. */
export const referralRow = (reference: string) =>
  env.DB.prepare('SELECT * FROM referrals WHERE reference = ?1').bind(reference).first<Record<string, unknown>>();
