/**
 * Migration 0015: receivers configured before it keep the legacy X-CyberScan headers they check
 * today; channels added after it sign per Standard Webhooks.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

/** Takes network_channels back to its shape before 0015 (the columns 0015 adds, in reverse order). */
const before0015 = ['previous_secret_until', 'previous_secret_ref', 'signature_format'].map((column) =>
  env.DB.prepare(`ALTER TABLE network_channels DROP COLUMN ${column}`),
);

describe('migration 0015 (signature formats)', () => {
  it('keeps every existing webhook on the legacy format, and gives new channels the standard one', async () => {
    await env.DB.batch(before0015);
    await env.DB.batch([
      env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberwerf', 'webhook', 'https://crm.cyberwerf.example/hook', 'CYBERWERF_KEY')"),
      env.DB.prepare("INSERT INTO network_channels (network_id, kind, target) VALUES ('cyberwerf', 'email', 'aanvragen@cyberwerf.example')"),
    ]);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0015_'));
    await env.DB.batch(migration!.queries.map((query) => env.DB.prepare(query)));
    await env.DB.prepare("INSERT INTO network_channels (network_id, kind, target, secret_ref) VALUES ('cyberwerf', 'webhook', 'https://new.cyberwerf.example/hook', 'NEW_KEY')").run();
    const { results } = await env.DB.prepare('SELECT kind, target, signature_format, previous_secret_ref FROM network_channels ORDER BY id').all();
    expect(results).toEqual([
      { kind: 'webhook', target: 'https://crm.cyberwerf.example/hook', signature_format: 'legacy', previous_secret_ref: null },
      { kind: 'email', target: 'aanvragen@cyberwerf.example', signature_format: 'standard', previous_secret_ref: null },
      { kind: 'webhook', target: 'https://new.cyberwerf.example/hook', signature_format: 'standard', previous_secret_ref: null },
    ]);
  });

  it('refuses a previous secret without the time its overlap ends, and an unknown format', async () => {
    const insert = (columns: string, values: string) =>
      env.DB.prepare(`INSERT INTO network_channels (network_id, kind, target, secret_ref, ${columns}) VALUES ('cyberwerf', 'webhook', '/x', 'KEY', ${values})`).run();
    await expect(insert('previous_secret_ref', "'OLD_KEY'")).rejects.toThrow(/CHECK constraint/);
    await expect(insert('previous_secret_until', "'2026-06-01T00:00:00.000Z'")).rejects.toThrow(/CHECK constraint/);
    await expect(insert('signature_format', "'v2'")).rejects.toThrow(/CHECK constraint/);
  });
});
