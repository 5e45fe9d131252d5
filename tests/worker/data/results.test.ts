import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { forgetSubmissionKeys, sha256Hex, storeResult, type AnonymousResult } from '../../../worker/data';

const result: AnonymousResult = {
  day: '2026-05-04',
  partnerId: 'demo',
  bankVersion: '2026.1',
  lang: 'nl',
  answers: { 'mfa-email': 'yes', 'restore-tested': 'unknown' },
  principleScores: [{ id: 'map-risks', score: 50 }, { id: 'safe-behaviour', score: null }],
  overall: 50,
  band: 'orange',
  sector: 'retail',
  size: '2-9',
  networkId: null,
  province: null,
};

const count = async (table: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n;

describe('storing an anonymous result', () => {
  it('stores a submission once, however often the browser sends it', async () => {
    const key = await sha256Hex('submission-1');
    const before = await count('results');
    expect(await storeResult(env.DB, result, key)).toEqual({ stored: true });
    expect(await storeResult(env.DB, result, key)).toEqual({ stored: false });
    expect(await storeResult(env.DB, { ...result, overall: 90, band: 'green' }, key)).toEqual({ stored: false });
    expect(await count('results')).toBe((before ?? 0) + 1);
  });

  it('stores exactly one of two simultaneous retries', async () => {
    const key = await sha256Hex('submission-2');
    const outcomes = await Promise.all([storeResult(env.DB, result, key), storeResult(env.DB, result, key)]);
    expect(outcomes.filter((o) => o.stored)).toHaveLength(1);
  });

  it('stores different submissions separately', async () => {
    expect(await storeResult(env.DB, result, await sha256Hex('submission-3'))).toEqual({ stored: true });
    expect(await storeResult(env.DB, result, await sha256Hex('submission-4'))).toEqual({ stored: true });
  });

  it('keeps no key for a result the database rejects, so a corrected retry is stored', async () => {
    const key = await sha256Hex('submission-5');
    await expect(storeResult(env.DB, { ...result, overall: 101 }, key)).rejects.toThrow(/CHECK constraint/);
    expect(await env.DB.prepare('SELECT 1 FROM submission_keys WHERE key_hash = ?1').bind(key).first()).toBeNull();
    expect(await storeResult(env.DB, result, key)).toEqual({ stored: true });
  });

  it('keeps the answers, scores and profile as given', async () => {
    await storeResult(env.DB, { ...result, partnerId: 'roundtrip' }, await sha256Hex('submission-6'));
    const row = await env.DB.prepare("SELECT * FROM results WHERE partner_id = 'roundtrip'").first<Record<string, unknown>>();
    expect(row).toEqual({
      day: '2026-05-04',
      partner_id: 'roundtrip',
      bank_version: '2026.1',
      lang: 'nl',
      answers: JSON.stringify(result.answers),
      principle_scores: JSON.stringify(result.principleScores),
      overall: 50,
      band: 'orange',
      sector: 'retail',
      size: '2-9',
      network_id: null,
      province: null,
      recheck_previous_band: null,
      recheck_after_scan: null,
    });
  });

  it('stores a result without a profile', async () => {
    const bare = { ...result, sector: null, size: null };
    expect(await storeResult(env.DB, bare, await sha256Hex('submission-7'))).toEqual({ stored: true });
  });

  it('rejects a day that is not a calendar date', async () => {
    for (const day of ['2026-02-30', '2026-5-4', '2026-05-04T10:00']) {
      await expect(storeResult(env.DB, { ...result, day }, await sha256Hex(`bad-day-${day}`))).rejects.toThrow(/CHECK constraint/);
    }
  });
});

describe('what a result row can hold', () => {
  it('has only the columns statistics need: nothing that could identify the visitor', async () => {
    const { results } = await env.DB.prepare("SELECT name FROM pragma_table_info('results') ORDER BY cid").all<{ name: string }>();
    expect(results.map((c) => c.name)).toEqual([
      'day', 'partner_id', 'bank_version', 'lang', 'answers', 'principle_scores', 'overall', 'band', 'sector', 'size', 'network_id', 'province',
      // A re-check's earlier band and whether the scan came before (migrations/0021): nothing about the visitor.
      'recheck_previous_band', 'recheck_after_scan',
    ]);
  });

  it('keeps submission keys apart, as hashes and a day only', async () => {
    const { results } = await env.DB.prepare("SELECT name FROM pragma_table_info('submission_keys') ORDER BY cid").all<{ name: string }>();
    // request_hash is keyed by the submission id, which is never stored (migrations/0012).
    expect(results.map((c) => c.name)).toEqual(['key_hash', 'day', 'request_hash']);
  });
});

describe('forgetting old submission keys', () => {
  it('forgets keys of earlier days and keeps the rest', async () => {
    const old = await sha256Hex('old-submission');
    const recent = await sha256Hex('recent-submission');
    await storeResult(env.DB, { ...result, day: '2026-01-01' }, old);
    await storeResult(env.DB, { ...result, day: '2026-06-01' }, recent);
    expect(await forgetSubmissionKeys(env.DB, '2026-06-01')).toBeGreaterThanOrEqual(1);
    const left = await env.DB.prepare('SELECT key_hash FROM submission_keys WHERE key_hash IN (?1, ?2)').bind(old, recent).all();
    expect(left.results).toEqual([{ key_hash: recent }]);
  });
});
