/**
 * Migration 0021 (re-checks): the results gain two columns, and the statistics tallies are
 * rebuilt to take the re-check tables; every tally already there stays as it was, and referrals
 * are still counted by the trigger made again.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { storeReferrals } from './statistics-fixtures';

const snapshot = async () => (await env.DB.prepare('SELECT * FROM stats_tally ORDER BY area, month, measure, category').all()).results;

describe('migration 0021 (re-checks)', () => {
  it('keeps every tally, and referrals still count', async () => {
    await storeReferrals(2, 'demo', '2026-05-10T09:00:00.000Z', 'cyberwerf');
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(0);
    // Back to the results of before 0021; its CHECK ties the second column to the first, so that goes first.
    await env.DB.batch(['recheck_after_scan', 'recheck_previous_band'].map((c) => env.DB.prepare(`ALTER TABLE results DROP COLUMN ${c}`)));
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0021_'));
    await env.DB.batch(migration!.queries.map((query) => env.DB.prepare(query)));
    expect(await snapshot()).toEqual(before);
    await storeReferrals(1, 'demo', '2026-05-11T09:00:00.000Z', 'cyberwerf');
    const referrals = await env.DB.prepare("SELECT value FROM stats_tally WHERE area = 'network:cyberwerf' AND month = '2026-05' AND measure = 'referrals'").first<{ value: number }>();
    expect(referrals?.value).toBe(3);
  });

  it('refuses a re-check flag without its earlier band, and an earlier band that does not exist', async () => {
    const insert = (band: string | null, afterScan: number | null) =>
      env.DB.prepare(
        `INSERT INTO results (day, partner_id, bank_version, lang, answers, principle_scores, overall, band, recheck_previous_band, recheck_after_scan)
         VALUES ('2026-05-10', 'demo', '2027.1', 'nl', '{}', '[]', 50, 'orange', ?1, ?2)`,
      ).bind(band, afterScan).run();
    await expect(insert(null, 1)).rejects.toThrow(/CHECK constraint/);
    await expect(insert('orange', null)).rejects.toThrow(/CHECK constraint/);
    await expect(insert('paars', 0)).rejects.toThrow(/CHECK constraint/);
    await expect(insert('red', 2)).rejects.toThrow(/CHECK constraint/);
    await insert('red', 0);
  });
});
