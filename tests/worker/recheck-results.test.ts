/**
 * A re-check's anonymous result (core/recheck.ts): stored with its earlier band and whether the
 * students' scan came before, and nothing else about the earlier result; counted in the
 * statistics as re-checks beside first checks and by earlier band, under the same suppression as
 * every other figure.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { SUPPRESSED, type StatisticsResponse } from '../../core/statistics';
import { everyAnswer, registerPartners, resultBody } from './api-fixtures';
import { post } from './fetch';
import { CYBERWERF, consoleGet, issueToken } from './statistics-fixtures';

const month = new Date().toISOString().slice(0, 7);
let token: string;

beforeAll(async () => {
  await registerPartners();
  token = await issueToken(CYBERWERF);
});

/** `count` results for Cyberwerf through the API, each its own submission. */
async function send(count: number, fields: Record<string, unknown> = {}) {
  for (let i = 0; i < count; i++) {
    const res = await post('/api/v1/results', resultBody({ network: CYBERWERF, ...fields }));
    expect(res.status).toBe(201);
  }
}

const tally = async (measure: string) =>
  (await env.DB.prepare("SELECT category, value FROM stats_tally WHERE area = ?1 AND month = ?2 AND measure = ?3 ORDER BY category")
    .bind(`network:${CYBERWERF}`, month, measure).all<{ category: string; value: number }>()).results;

const statistics = async () => {
  const res = await consoleGet(`/api/v1/console/statistics?period=${month}&area=network:${CYBERWERF}`, token);
  expect(res.status).toBe(200);
  return (await res.json()) as StatisticsResponse;
};

describe('storing a re-check', () => {
  it('keeps the earlier band and whether it followed the scan, and for a first check neither', async () => {
    const recheck = resultBody({ network: CYBERWERF, answers: everyAnswer('yes'), recheck: { previousBand: 'red', afterScan: true } });
    expect((await post('/api/v1/results', recheck)).status).toBe(201);
    expect((await post('/api/v1/results', resultBody({ network: CYBERWERF, answers: everyAnswer('no') }))).status).toBe(201);
    const { results } = await env.DB.prepare('SELECT band, recheck_previous_band, recheck_after_scan FROM results ORDER BY rowid DESC LIMIT 2').all();
    expect(results).toEqual([
      { band: 'red', recheck_previous_band: null, recheck_after_scan: null },
      { band: 'green', recheck_previous_band: 'red', recheck_after_scan: 1 },
    ]);
  });

  it('keeps nothing else: no time, and no column that could tie it to an earlier result or a referral', async () => {
    const { results } = await env.DB.prepare('SELECT name FROM pragma_table_info(?1) ORDER BY cid').bind('results').all<{ name: string }>();
    expect(results.map((c) => c.name)).toEqual([
      'day', 'partner_id', 'bank_version', 'lang', 'answers', 'principle_scores', 'overall', 'band', 'sector', 'size',
      'network_id', 'province', 'recheck_previous_band', 'recheck_after_scan',
    ]);
  });

  it('refuses a date, a score, a referral or an unknown band with the earlier result, with a clear 400, and stores nothing', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM results').first<{ n: number }>();
    for (const recheck of [
      { previousBand: 'orange', afterScan: true, reference: 'CS-7K4P-2QX9' },
      { previousBand: 'orange', afterScan: 'yes' },
      { previousBand: 'orange' },
      { previousBand: 'paars', afterScan: false },
    ]) {
      const res = await post('/api/v1/results', resultBody({ recheck }));
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('invalid_body');
      expect(error.issues?.map((issue) => issue.path).join(' ')).toMatch(/^recheck/);
    }
    expect(await env.DB.prepare('SELECT count(*) AS n FROM results').first<{ n: number }>()).toEqual(before);
  });

  it('counts a replayed re-check once', async () => {
    const body = resultBody({ network: CYBERWERF, recheck: { previousBand: 'green', afterScan: false } });
    await post('/api/v1/results', body);
    const once = await tally('previous-band');
    expect((await post('/api/v1/results', body)).headers.get('Idempotent-Replayed')).toBe('true');
    expect(await tally('previous-band')).toEqual(once);
  });
});

describe('re-checks in the statistics', () => {
  it('tallies only re-checks: a first check adds no re-check rows', async () => {
    const before = await tally('rechecks');
    await send(1);
    expect(await tally('rechecks')).toEqual(before);
    await send(1, { recheck: { previousBand: 'orange', afterScan: true } });
    expect((await tally('rechecks'))[0]!.value).toBe((before[0]?.value ?? 0) + 1);
  });

  it('shows re-checks after a scan beside first checks with their mean scores, and by earlier band, hiding what is small', async () => {
    await send(12, { answers: everyAnswer('partial') });
    await send(6, { answers: everyAnswer('yes'), recheck: { previousBand: 'red', afterScan: true } });
    await send(5, { answers: everyAnswer('yes'), recheck: { previousBand: 'orange', afterScan: false } });
    const body = await statistics();
    // With the tests above: re-checks after a scan 2 + 6 (earlier red 1 + 6, orange 1), on their own 1 + 5 (green 1, orange 5).
    expect(body.rechecks).toBe(14);
    const kinds = Object.fromEntries(body.checkKinds.rows.map((r) => [r.id, r]));
    expect(kinds.first!.count).toBe((body.results as number) - 14);
    expect(kinds.recheck!.count).toBe(6);
    expect(kinds['recheck-after-scan']!.count).toBe(8);
    expect(kinds.first!.mean).toBeLessThan(kinds['recheck-after-scan']!.mean!);
    const bands = Object.fromEntries(body.previousBands.rows.map((r) => [r.id, r.count]));
    expect(bands).toEqual({ green: SUPPRESSED, orange: SUPPRESSED, red: 7 });
    expect(body.previousBands.pooled).toEqual({ count: 7, ids: ['green', 'orange'] });
    expect(body.previousBands.rows.find((r) => r.id === 'red')!.mean).toBe(100);
    const shown = [...body.checkKinds.rows, ...body.previousBands.rows].map((r) => r.count).filter((c) => c !== SUPPRESSED);
    expect(shown.every((c) => c === 0 || c >= 5)).toBe(true);
  });
});

describe('re-checks in the statistics CSV', () => {
  it('has the kinds with their means, the re-check total and the earlier colours, hidden where the JSON hides them', async () => {
    const res = await consoleGet(`/api/v1/console/statistics.csv?period=${month}&area=network:${CYBERWERF}`, token);
    expect(res.status).toBe(200);
    const body = await statistics();
    const lines = (await res.text()).split('\r\n');
    const line = (section: string, name: string) => lines.find((l) => l.startsWith(`"${section}";"${name}"`));
    expect(line('Herchecks', 'totaal')).toBe(`"Herchecks";"totaal";"${body.rechecks}";`);
    const afterScan = body.checkKinds.rows.find((r) => r.id === 'recheck-after-scan')!;
    expect(line('Soort check', 'Hercheck na de scan')).toBe(`"Soort check";"Hercheck na de scan";"${afterScan.count}";"${String(afterScan.mean).replace('.', ',')}"`);
    expect(line('Hercheck: kleur van de vorige check', 'groen')).toBe('"Hercheck: kleur van de vorige check";"groen";"<5";');
  });
});
