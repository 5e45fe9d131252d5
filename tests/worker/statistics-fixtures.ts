/**
 * Data for the statistics tests: partners with their networks, results stored through the data
 * layer on chosen days (the API would stamp today), referrals, and console access tokens.
 */
import { env } from 'cloudflare:workers';
import type { Answer } from '../../core/answers';
import { bankStructure } from '../../core/bank';
import type { SectorId, SizeId } from '../../core/profile';
import { scoreAssessment } from '../../core/scoring';
import { createReferral, sha256Hex, storeResult } from '../../worker/data';
import { everyAnswer } from './api-fixtures';
import { get } from './fetch';
import { newReferral } from './data/referral-fixture';

export async function registerPartner(id: string, name: string, networkId: string | null): Promise<void> {
  await env.DB.prepare("INSERT INTO partners (id, name, allowed_origins, default_network_id) VALUES (?1, ?2, '[]', ?3)")
    .bind(id, name, networkId)
    .run();
}

interface Results {
  partner: string;
  day: string;
  sector: SectorId | null;
  size: SizeId | null;
  /** Every question answered this way. */
  answer: Answer;
  /** Where the results count (worker/data/result-area.ts decides this for the API). */
  network: string | null;
}

/** Stores `count` results the way POST /api/v1/results does, each with its own submission. */
export async function storeResults(count: number, { partner, day, sector, size, answer, network }: Results): Promise<void> {
  const answers = everyAnswer(answer);
  const { principles, overall, band } = scoreAssessment(bankStructure, answers);
  for (let i = 0; i < count; i++) {
    const result = { day, partnerId: partner, bankVersion: bankStructure.version, lang: 'nl' as const, answers, principleScores: principles, overall, band, sector, size, networkId: network, province: null };
    await storeResult(env.DB, result, await sha256Hex(crypto.randomUUID()));
  }
}

/** Stores `count` referrals made through `partner`'s widget at `at`, delivered to `network`. */
export async function storeReferrals(count: number, partner: string, at: string, network: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    await createReferral(env.DB, { ...newReferral, partnerId: partner, networkId: network }, await sha256Hex(crypto.randomUUID()), new Date(at));
  }
}

/** A console token, stored as worker/data/tokens.ts expects: only its SHA-256. */
export async function issueToken(networkId: string | null): Promise<string> {
  const token = `cst_${crypto.randomUUID().replaceAll('-', '')}`;
  await env.DB.prepare("INSERT INTO access_tokens (token_hash, kind, network_id, label, created_at) VALUES (?1, ?2, ?3, 'test', ?4)")
    .bind(await sha256Hex(token), networkId === null ? 'admin' : 'network', networkId, new Date().toISOString())
    .run();
  return token;
}

export const consoleGet = (path: string, token?: string) =>
  get(path, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });

export const CYBERWERF = 'cyberwerf';
export const UTRECHT = 'cybernetwerk-utrecht';

/**
 * March 2026, cyberwerf (through haagse-ondernemers): 6 retail 2-9 (5 green, 1 red), 4 retail 10-49,
 * 7 care 1 (orange); cybernetwerk-utrecht: 5 retail 2-9 (red); no network (los-zand): 5 (orange).
 * April 2026: cyberwerf 3. Referrals in March: 5 made through haagse-ondernemers and delivered to
 * cyberwerf; 2 through utrechtse-zaak delivered to cybernetwerk-utrecht; 5 through the national
 * los-zand but delivered to cybernetwerk-utrecht (they count there).
 */
export async function seedStatistics(): Promise<void> {
  await registerPartner('haagse-ondernemers', 'Haagse Ondernemers', CYBERWERF);
  await registerPartner('utrechtse-zaak', 'Utrechtse Zaak', UTRECHT);
  await registerPartner('los-zand', 'Los Zand', null);
  const haags = { partner: 'haagse-ondernemers', day: '2026-03-02', network: CYBERWERF } as const;
  await storeResults(5, { ...haags, sector: 'retail', size: '2-9', answer: 'yes' });
  await storeResults(1, { ...haags, sector: 'retail', size: '2-9', answer: 'no' });
  await storeResults(4, { ...haags, sector: 'retail', size: '10-49', answer: 'partial' });
  await storeResults(7, { ...haags, day: '2026-03-20', sector: 'care', size: '1', answer: 'partial' });
  await storeResults(3, { ...haags, day: '2026-04-01', sector: 'retail', size: '2-9', answer: 'partial' });
  await storeResults(5, { partner: 'utrechtse-zaak', day: '2026-03-09', sector: 'retail', size: '2-9', answer: 'no', network: UTRECHT });
  await storeResults(5, { partner: 'los-zand', day: '2026-03-31', sector: null, size: null, answer: 'partial', network: null });
  await storeReferrals(5, 'haagse-ondernemers', '2026-03-05T10:00:00.000Z', CYBERWERF);
  await storeReferrals(2, 'utrechtse-zaak', '2026-03-10T10:00:00.000Z', UTRECHT);
  await storeReferrals(5, 'los-zand', '2026-03-12T10:00:00.000Z', UTRECHT);
}
