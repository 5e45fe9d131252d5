/**
 * The admin tool (scripts/admin.ts): reading arguments, validating them, the SQL it builds, exit
 * codes; and once for real against a throw-away local D1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../scripts/admin/args';
import { readResults, wranglerArgs, type StatementResults } from '../../scripts/admin/d1';
import { runAdmin, type AdminIo } from '../../scripts/admin/main';
import { sql, sqlLiteral } from '../../scripts/admin/sql';
import { tokenHash } from '../../scripts/admin/token';

const TOKEN = 'cst_fixed-test-token';

/** Runs the tool with a fake database that answers `answers` and records what it was sent. */
function admin(argv: string[], answers: StatementResults = [[{ id: 7 }]]) {
  const calls: { remote: boolean; persistTo?: string; statements: readonly string[] }[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: AdminIo = {
    now: new Date('2026-05-04T09:00:00.000Z'),
    newToken: () => TOKEN,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    run: (target, statements) => {
      calls.push({ ...target, statements });
      return answers;
    },
  };
  const code = runAdmin(argv, io);
  return { code, calls, out: out.join('\n'), err: err.join('\n'), sql: calls[0]?.statements.join(';\n') ?? '' };
}

describe('SQL literals', () => {
  it('doubles single quotes and keeps everything else as it is', () => {
    expect(sqlLiteral("Cyber 'Test'; DROP TABLE networks; --")).toBe("'Cyber ''Test''; DROP TABLE networks; --'");
    expect(sqlLiteral('back\\slash\nnew line')).toBe("'back\\slash\nnew line'");
  });

  it('writes NULL and integers bare, and refuses what it cannot write safely', () => {
    expect([sqlLiteral(null), sqlLiteral(2511)]).toEqual(['NULL', '2511']);
    expect(() => sqlLiteral(1.5)).toThrow();
    expect(() => sqlLiteral('a\0b')).toThrow();
  });

  it('quotes every value in an sql`` template', () => {
    expect(sql`SELECT * FROM t WHERE a = ${"o'clock"} AND b = ${3} AND c = ${null}`).toBe("SELECT * FROM t WHERE a = 'o''clock' AND b = 3 AND c = NULL");
  });
});

describe('reading the command line', () => {
  it('reads words, --flag value, --flag=value and switches', () => {
    expect(parseArgs(['network', 'add', 'x', '--name', 'A b', '--website=https://a.nl', '--remote'])).toEqual({
      words: ['network', 'add', 'x'],
      flags: { name: 'A b', website: 'https://a.nl', remote: true },
    });
  });

  it.each([
    [['--name'], '--name needs a value.'],
    [['--name', '--label', 'x'], '--name needs a value.'],
    [['--admin=yes'], '--admin takes no value.'],
    [['--label', 'a', '--label', 'b'], '--label is given twice.'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

describe('token create', () => {
  it('stores only the hash of a network token and prints the token once', () => {
    const run = admin(['token', 'create', '--network', 'cyberwerf', '--label', "Sanne's console"]);
    expect(run.code).toBe(0);
    expect(run.sql).toContain(`'${tokenHash(TOKEN)}'`);
    expect(run.sql).not.toContain(TOKEN);
    expect(run.sql).toContain("'Sanne''s console'");
    expect(run.out).toContain(TOKEN);
  });

  it('exits 1 when the network does not exist (nothing was inserted)', () => {
    const run = admin(['token', 'create', '--network', 'nowhere'], [[]]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('No network has the id nowhere');
  });

  it.each([
    [['token', 'create'], 'give either --network <id> or --admin'],
    [['token', 'create', '--admin', '--network', 'cyberwerf'], 'give either --network <id> or --admin'],
    [['token', 'create', '--network', 'Cyber Werf'], '--network: use lower-case letters'],
    [['token', 'create', '--admin', '--colour', 'red'], '--colour: not an option of this command'],
  ])('exits 2 without touching the database for %j', (argv, message) => {
    const run = admin(argv);
    expect(run.code).toBe(2);
    expect(run.calls).toEqual([]);
    expect(run.err).toContain(message);
  });
});

describe('networks, areas, channels and partners', () => {
  it('adds a network with every value quoted', () => {
    const run = admin([
      'network', 'add', 'cyber-test', '--name', "Cyber 'Test'", '--area-description', 'Testland', '--student-scan', 'yes',
      '--offer-description', 'Een scan', '--fallback', 'no',
    ]);
    expect(run.code).toBe(0);
    expect(run.sql).toBe(
      "INSERT INTO networks (id, name, area_description, offers_student_scan, offer_description, is_fallback) VALUES ('cyber-test', 'Cyber ''Test''', 'Testland', 'yes', 'Een scan', 0)",
    );
  });

  it('clears an optional field given as ""', () => {
    expect(admin(['network', 'update', 'cyberwerf', '--website', '']).sql).toBe("UPDATE networks SET website = NULL WHERE id = 'cyberwerf' RETURNING id");
  });

  it.each([
    [['network', 'add', 'x', '--name', 'X'], '--area-description: is required'],
    [['network', 'update', 'x'], 'give at least one option to change'],
    [['network', 'update', 'x', '--website', 'http://x.nl'], '--website: must be an https:// URL'],
    [['network', 'update', 'x', '--sector', 'mining'], '--sector: expected one of'],
    [['network', 'area', 'add', 'x', '999-1000'], '<range>: expected a range such as 1000-1099'],
    [['network', 'area', 'add', 'x', '2000-1999'], '<range>: the first postcode must not be above the second'],
    [['network', 'channel', 'add', 'x', '--webhook', 'https://crm.x.nl/hook'], '--secret-ref: a webhook is always signed'],
    [['network', 'channel', 'add', 'x', '--email', 'not-an-address'], '--email: expected an e-mail address'],
    [['partner', 'add', 'p', '--name', 'P', '--origins', 'https://p.nl/'], '--origins: each origin must look like https://www.example.nl'],
    [['partner', 'add', 'p', '--name', 'P', '--origins', 'javascript:alert(1)'], '--origins: each origin must look like'],
  ])('exits 2 for %j', (argv, message) => {
    const run = admin(argv);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it('stores partner origins as a JSON list without repeats', () => {
    const run = admin(['partner', 'add', 'p', '--name', 'P', '--origins', 'https://p.nl, https://www.p.nl,https://p.nl']);
    expect(run.sql).toContain(`'["https://p.nl","https://www.p.nl"]'`);
  });

  it('refuses to remove a network that has referrals, and says what to do instead', () => {
    const run = admin(['network', 'remove', 'cyberwerf'], [[], [], [], [], [{ referrals: 3 }]]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('network update cyberwerf --active no');
  });
});

describe('the tool as a whole', () => {
  it('shows help with --help, exit 0, and the command list for an unknown command, exit 2', () => {
    expect(admin(['network', 'channel', 'add', '--help'])).toMatchObject({ code: 0, out: expect.stringContaining('--secret-ref <NAME>') });
    expect(admin(['--help']).out).toContain('partner update');
    expect(admin(['tokens'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command: tokens') });
  });

  it('uses the local database unless --remote, which cannot go with --persist-to', () => {
    expect(admin(['token', 'list']).calls[0]).toMatchObject({ remote: false });
    expect(admin(['token', 'list', '--remote']).calls[0]).toMatchObject({ remote: true });
    expect(admin(['token', 'list', '--remote', '--persist-to', '/tmp/x']).code).toBe(2);
    expect(wranglerArgs({ remote: false, persistTo: '/tmp/db' }, ['SELECT 1', 'SELECT 2'])).toEqual([
      'd1', 'execute', 'DB', '--local', '--persist-to', '/tmp/db', '--json', '--yes', '--command', 'SELECT 1;\nSELECT 2',
    ]);
  });

  it("reads wrangler's JSON, and turns its errors into a database error", () => {
    expect(readResults('[{"results":[{"id":1}],"success":true}]', '')).toEqual([[{ id: 1 }]]);
    expect(() => readResults('{"error":{"text":"CHECK constraint failed"}}', '')).toThrow('CHECK constraint failed');
    expect(() => readResults('', 'You are not logged in.')).toThrow('You are not logged in.');
  });
});

describe('against a real local D1', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cyberscan-admin-'));
  const root = path.resolve(import.meta.dirname, '../..');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cli = (...argv: string[]) =>
    spawnSync('node', ['scripts/run-ts.mjs', 'scripts/admin.ts', ...argv, '--persist-to', dir], { cwd: root, encoding: 'utf8' });

  // Five wrangler runs one after another took 57-74 s on a busy two-core machine.
  it('creates a token, adds a network whose name holds SQL, and lists both', { timeout: 240_000 }, () => {
    const migrate = spawnSync('scripts/wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir], { cwd: root, encoding: 'utf8' });
    expect(migrate.status).toBe(0);
    const hostile = "Cyber 'Test'; DROP TABLE networks; --";
    const added = cli('network', 'add', 'cyber-test', '--name', hostile, '--area-description', 'Testland', '--student-scan', 'no', '--offer-description', 'Een scan');
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const token = cli('token', 'create', '--network', 'cyber-test', '--label', 'e2e');
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/\ncst_[A-Za-z0-9_-]{43}\n/);
    const shown = cli('network', 'show', 'cyber-test');
    expect(shown.stdout).toContain(`name: ${hostile}`);
    const bad = cli('network', 'area', 'add', 'cyber-test', '9999-1000');
    expect(bad.status).toBe(2);
  });
});
