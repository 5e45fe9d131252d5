/**
 * Statistics that combine results of bank 2026.1 and the current bank say so (README
 * "Earlier question lists"): checks per version under the usual suppression, which versions the
 * counts, colours and means of a period mix, and per question only the versions that feed it.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import previous from '../../core/bank/previous/2026.1.json';
import type { BankStructure } from '../../core/bank/types';
import { scoreAssessment } from '../../core/scoring';
import type { StatisticsResponse } from '../../core/statistics';
import { sha256Hex, storeResult } from '../../worker/data';
import { CYBERWERF, consoleGet, issueToken, registerPartner, storeResults } from './statistics-fixtures';

const OLD = previous.version;
const NEW = bankStructure.version;
let admin: string;

/** `count` results answered "no" everywhere on the 2026.1 list, stored as they were then. */
async function storeOldResults(count: number, day: string): Promise<void> {
  const answers = Object.fromEntries(previous.questions.map((q) => [q.id, 'no' as const]));
  const { principles, overall, band } = scoreAssessment(previous as BankStructure, answers);
  for (let i = 0; i < count; i++) {
    const result = { day, partnerId: 'versies', bankVersion: OLD, lang: 'nl' as const, answers, principleScores: principles, overall, band, sector: 'retail' as const, size: '2-9' as const, networkId: CYBERWERF, province: null };
    await storeResult(env.DB, result, await sha256Hex(crypto.randomUUID()));
  }
}

const report = async (period: string): Promise<StatisticsResponse> => {
  const res = await consoleGet(`/api/v1/console/statistics?period=${period}&area=network:${CYBERWERF}`, admin);
  expect(res.status).toBe(200);
  return res.json();
};

beforeAll(async () => {
  await registerPartner('versies', 'Versies', CYBERWERF);
  // March 2026: 6 checks on the old list, 7 on the current one; April: 8 on the current one only.
  await storeOldResults(6, '2026-03-04');
  await storeResults(7, { partner: 'versies', day: '2026-03-05', sector: 'retail', size: '2-9', answer: 'yes', network: CYBERWERF });
  await storeResults(8, { partner: 'versies', day: '2026-04-06', sector: 'retail', size: '2-9', answer: 'no', network: CYBERWERF });
  admin = await issueToken(null);
});

describe('statistics that mix versions of the question list', () => {
  it('count the checks per version, and say that the counts, colours and means of March mix both', async () => {
    const march = await report('2026-03');
    expect(march.results).toBe(13);
    expect(march.versions.rows).toEqual([{ id: OLD, count: 6 }, { id: NEW, count: 7 }]);
    expect(march.mixes).toEqual([OLD, NEW]);
  });

  it('name only the current version for a month without old results', async () => {
    const april = await report('2026-04');
    expect(april.mixes).toEqual([NEW]);
    expect(april.questions.every((q) => q.versions.join() === NEW)).toBe(true);
  });

  it('name both versions only on the questions that old answers feed', async () => {
    const versionsOf = (march: StatisticsResponse, id: string) => march.questions.find((q) => q.questionId === id)!.versions;
    const march = await report('2026-03');
    expect(versionsOf(march, 'restore-tested')).toEqual([OLD, NEW]);
    expect(versionsOf(march, 'lost-devices')).toEqual([NEW]);
  });

  it('are written so in the CSV', async () => {
    const res = await consoleGet(`/api/v1/console/statistics.csv?period=2026-03&area=network:${CYBERWERF}`, admin);
    const text = await res.text();
    expect(text).toContain(`"Vragenlijst";"telt ${OLD} en ${NEW} samen"`);
    expect(text).toContain(`"Vragenlijstversie";"${OLD}";"6"`);
  });
});
