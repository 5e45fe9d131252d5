import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import { scoreAssessment } from '../../core/scoring';
import { sha256Hex, storeResult } from '../../worker/data';
import { everyAnswer, resultBody } from './api-fixtures';
import { post } from './fetch';
import { CYBERWERF, UTRECHT, registerPartner, storeReferrals, storeResults } from './statistics-fixtures';

/** Everything the cells hold, keyed by cell rather than by its row id, sorted. */
async function cellsSnapshot() {
  const all = async (sql: string) => (await env.DB.prepare(sql).all()).results;
  const key = "c.network_id || '/' || c.month || '/' || c.partner_id || '/' || c.sector || '/' || c.size";
  return {
    cells: await all(`SELECT ${key} AS cell, results, green, orange, red, referrals FROM stats_cells c ORDER BY 1`),
    principles: await all(`SELECT ${key} AS cell, principle_id, score_sum, scored FROM stats_cells c JOIN stats_cell_principles s ON s.cell_id = c.id ORDER BY 1, 2`),
    gaps: await all(`SELECT ${key} AS cell, question_id, gaps FROM stats_cells c JOIN stats_cell_gaps g ON g.cell_id = c.id ORDER BY 1, 2`),
    versions: await all(`SELECT ${key} AS cell, bank_version FROM stats_cells c JOIN stats_cell_versions v ON v.cell_id = c.id ORDER BY 1, 2`),
  };
}

const cellOf = (partner: string) =>
  env.DB.prepare('SELECT * FROM stats_cells WHERE partner_id = ?1 ORDER BY month, network_id').bind(partner).all<Record<string, unknown>>();

const month = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  await registerPartner('lindewaard', 'Lindewaard', CYBERWERF);
  await env.DB.prepare("UPDATE partners SET allowed_origins = '[\"https://www.lindewaard.example\"]' WHERE id = 'lindewaard'").run();
});

describe('a result posted to /api/v1/results', () => {
  it('is counted in its cell: network of its partner, month, sector and size, band, scores, gaps, version', async () => {
    const answers = { ...everyAnswer('yes'), 'mfa-email': 'no', 'restore-tested': 'unknown' } as const;
    expect((await post('/api/v1/results', resultBody({ partner: 'lindewaard', answers }))).status).toBe(201);
    const expected = scoreAssessment(bankStructure, answers);
    const { cells, principles, gaps, versions } = await cellsSnapshot();
    const cell = `${CYBERWERF}/${month}/lindewaard/retail/2-9`;
    expect(expected.band).toBe('red');
    expect(cells).toEqual([{ cell, results: 1, green: 0, orange: 0, red: 1, referrals: 0 }]);
    const scored = expected.principles.map((p) => ({ cell, principle_id: p.id, score_sum: p.score ?? 0, scored: p.score === null ? 0 : 1 }));
    expect(principles).toEqual(scored.sort((a, b) => a.principle_id.localeCompare(b.principle_id)));
    expect(gaps).toEqual([{ cell, question_id: 'mfa-email', gaps: 1 }, { cell, question_id: 'restore-tested', gaps: 1 }]);
    expect(versions).toEqual([{ cell, bank_version: bankStructure.version }]);
  });

  it('is not counted again when the browser sends the same submission again', async () => {
    const body = resultBody({ partner: 'lindewaard', profile: { sector: 'care', size: '1' }, answers: everyAnswer('no') });
    await post('/api/v1/results', body);
    const once = await cellsSnapshot();
    const again = await post('/api/v1/results', body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await cellsSnapshot()).toEqual(once);
    expect(once.cells).toContainEqual(expect.objectContaining({ cell: `${CYBERWERF}/${month}/lindewaard/care/1`, results: 1 }));
  });
});

describe('the cell of a result', () => {
  it('keeps the network the partner had when the result arrived', async () => {
    await registerPartner('verhuizer', 'Verhuizer', CYBERWERF);
    await storeResults(1, { partner: 'verhuizer', day: '2026-01-10', sector: 'retail', size: '1', answer: 'yes' });
    await env.DB.prepare('UPDATE partners SET default_network_id = ?1 WHERE id = ?2').bind(UTRECHT, 'verhuizer').run();
    await storeResults(1, { partner: 'verhuizer', day: '2026-02-11', sector: 'retail', size: '1', answer: 'yes' });
    expect((await cellOf('verhuizer')).results.map((c) => [c.network_id, c.results])).toEqual([[CYBERWERF, 1], [UTRECHT, 1]]);
  });

  it('is "unassigned" without a partner network and "unknown" for a skipped profile', async () => {
    await registerPartner('zonder-netwerk', 'Zonder netwerk', null);
    await storeResults(2, { partner: 'zonder-netwerk', day: '2026-02-01', sector: null, size: null, answer: 'yes' });
    expect((await cellOf('zonder-netwerk')).results).toEqual([
      expect.objectContaining({ network_id: 'unassigned', month: '2026-02', sector: 'unknown', size: 'unknown', results: 2, green: 2 }),
    ]);
  });

  it('gets nothing from a result the database rejects', async () => {
    const before = await cellsSnapshot();
    const { principles } = scoreAssessment(bankStructure, everyAnswer('yes'));
    const broken = { day: '2026-02-01', partnerId: 'lindewaard', bankVersion: '2026.1', lang: 'nl', answers: everyAnswer('yes'), principleScores: principles, overall: 101, band: 'green', sector: null, size: null } as const;
    await expect(storeResult(env.DB, broken, await sha256Hex('rejected'))).rejects.toThrow(/CHECK constraint/);
    expect(await cellsSnapshot()).toEqual(before);
  });
});

describe('a referral', () => {
  it("is counted in its partner's cell for the month it was made, once per request", async () => {
    await registerPartner('doorverwijzer', 'Doorverwijzer', UTRECHT);
    await storeReferrals(3, 'doorverwijzer', '2026-05-31T23:59:00.000Z', { sector: 'care', size: '10-49' });
    expect((await cellOf('doorverwijzer')).results).toEqual([
      expect.objectContaining({ network_id: UTRECHT, month: '2026-05', sector: 'care', size: '10-49', results: 0, referrals: 3 }),
    ]);
  });
});

describe('migration 0008 (aggregating results stored before the cells existed)', () => {
  it('builds the cells that arriving results and referrals built; a partner that moved takes its history along', async () => {
    await storeResults(3, { partner: 'lindewaard', day: '2026-02-14', sector: 'construction', size: '50-249', answer: 'unknown' });
    const incremental = await cellsSnapshot();
    expect(incremental.cells.length).toBeGreaterThan(4);
    const backfill = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0008_'));
    const aggregates = ['stats_cell_principles', 'stats_cell_gaps', 'stats_cell_versions', 'stats_cells', 'stats_months'];
    await env.DB.batch(aggregates.map((t) => env.DB.prepare(`DELETE FROM ${t}`)));
    await env.DB.batch(backfill!.queries.map((q) => env.DB.prepare(q)));
    const rebuilt = await cellsSnapshot();
    // Older results never recorded their network: the backfill can only use the partner's current one.
    const moved = (rows: Record<string, unknown>[]) => rows.filter((r) => String(r.cell).includes('/verhuizer/'));
    const stayed = (rows: Record<string, unknown>[]) => rows.filter((r) => !String(r.cell).includes('/verhuizer/'));
    for (const part of ['cells', 'principles', 'gaps', 'versions'] as const) {
      expect(stayed(rebuilt[part])).toEqual(stayed(incremental[part]));
    }
    expect(moved(rebuilt.cells).map((c) => String(c.cell).split('/')[0])).toEqual([UTRECHT, UTRECHT]);
  });
});
