import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import type { ErrorBody, ResultResponse } from '../../core/contracts';
import { scoreAssessment } from '../../core/scoring';
import { sha256Hex } from '../../worker/data';
import { everyAnswer, registerPartners, resultBody } from './api-fixtures';
import { post } from './fetch';

beforeAll(registerPartners);

const rowsFor = (partnerId: string) =>
  env.DB.prepare('SELECT * FROM results WHERE partner_id = ?1').bind(partnerId).all<Record<string, unknown>>();

const count = async () => (await env.DB.prepare('SELECT count(*) AS n FROM results').first<{ n: number }>())?.n ?? 0;

const errorOf = async (res: Response) => ((await res.json()) as ErrorBody).error;

async function addPartner(id: string) {
  await env.DB.prepare("INSERT INTO partners (id, name, allowed_origins) VALUES (?1, ?1, '[]')").bind(id).run();
}

describe('POST /api/v1/results', () => {
  it('stores a result with only the listed fields: nothing about the visitor or the submission', async () => {
    await addPartner('privacy-check');
    const body = resultBody({ partner: 'privacy-check' });
    const res = await post('/api/v1/results', body, { 'CF-Connecting-IP': '203.0.113.77', 'User-Agent': 'Mozilla/5.0 Spion' });
    expect(res.status).toBe(201);
    const { results } = await rowsFor('privacy-check');
    expect(results).toHaveLength(1);
    const row = results[0]!;
    expect(Object.keys(row).sort()).toEqual(
      [
        'answers', 'band', 'bank_version', 'day', 'lang', 'network_id', 'overall', 'partner_id', 'principle_scores', 'province',
        'recheck_after_scan', 'recheck_previous_band', 'sector', 'size',
      ],
    );
    expect(row.day).toBe(new Date().toISOString().slice(0, 10));
    expect(JSON.parse(row.answers as string)).toEqual(body.answers);
    const stored = JSON.stringify(row);
    for (const trace of [body.submissionId, '203.0.113.77', 'Spion']) expect(stored).not.toContain(trace);
    const key = await env.DB.prepare('SELECT key_hash FROM submission_keys WHERE key_hash = ?1')
      .bind(await sha256Hex(body.submissionId))
      .first();
    expect(key).not.toBeNull();
  });

  it('stores the score it computes itself and answers with it', async () => {
    await addPartner('recomputed');
    const answers = { ...everyAnswer('yes'), 'mfa-email': 'no', 'restore-tested': 'unknown' } as const;
    const res = await post('/api/v1/results', resultBody({ partner: 'recomputed', answers }));
    const expected = scoreAssessment(bankStructure, answers);
    expect(await res.json()).toEqual({ stored: true, overall: expected.overall, band: expected.band } satisfies ResultResponse);
    const row = (await rowsFor('recomputed')).results[0];
    expect(row).toMatchObject({ overall: expected.overall, band: 'red' });
    expect(JSON.parse(row?.principle_scores as string)).toEqual(expected.principles);
  });

  it('refuses a body with a forged score, and the forged score never reaches the database', async () => {
    await addPartner('forger');
    const before = await count();
    const res = await post('/api/v1/results', resultBody({ partner: 'forger', answers: everyAnswer('no'), overall: 100, band: 'green' } as never));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_body');
    expect(error.issues?.[0]?.message).toMatch(/overall/);
    expect(await count()).toBe(before);
    expect((await rowsFor('forger')).results).toEqual([]);
  });

  it('stores the same submission once, and answers 201 to the repeat as well', async () => {
    await addPartner('retrying');
    const body = resultBody({ partner: 'retrying' });
    const first = await post('/api/v1/results', body);
    const again = await post('/api/v1/results', body);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect((await rowsFor('retrying')).results).toHaveLength(1);
  });

  it('stores a result without a profile', async () => {
    await addPartner('no-profile');
    const { profile: _, ...body } = resultBody({ partner: 'no-profile' });
    expect((await post('/api/v1/results', body)).status).toBe(201);
    expect((await rowsFor('no-profile')).results[0]).toMatchObject({ sector: null, size: null });
  });

  it('answers invalid answers with 400 and one issue per question', async () => {
    const { 'vital-systems': _, ...answers } = everyAnswer('yes');
    const res = await post('/api/v1/results', resultBody({ answers: { ...answers, 'mfa-email': 'na', 'no-such-question': 'yes' } }));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_body');
    expect(error.issues).toEqual(
      expect.arrayContaining([
        { path: 'answers.vital-systems', message: 'not answered' },
        { path: 'answers.mfa-email', message: '"na" is not offered for this question' },
        { path: 'answers.no-such-question', message: 'unknown question' },
      ]),
    );
  });

  it('answers an unknown partner with 400 on `partner`', async () => {
    const res = await post('/api/v1/results', resultBody({ partner: 'nobody-registered-this' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues).toEqual([{ path: 'partner', message: 'Unknown partner.' }]);
  });

  it.each([
    ['bankVersion', { bankVersion: '2019.1' }],
    ['lang', { lang: 'de' }],
    ['profile.sector', { profile: { sector: 'mining' } }],
    ['profile.size', { profile: { size: '1000+' } }],
    ['submissionId', { submissionId: 'one' }],
  ])('answers an unknown %s with 400 on that field', async (path, overrides) => {
    const res = await post('/api/v1/results', resultBody(overrides));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.map((issue) => issue.path)).toEqual([path]);
  });
});
