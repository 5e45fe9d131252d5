/**
 * The admin tool (scripts/admin.ts): reading arguments, validating them, the SQL it builds, exit
 * codes; and once for real against a throw-away local D1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../scripts/admin/args';
import { readResults, wranglerArgs, type StatementResults } from '../../scripts/admin/d1';
import { runAdmin, type AdminIo } from '../../scripts/admin/main';
import { sql, sqlLiteral } from '../../scripts/admin/sql';
import { SecretStoreError, devVarsPath, newWebhookSecret, withDevVar } from '../../scripts/admin/secrets';
import { tokenHash } from '../../scripts/admin/token';
import { Webhook } from 'standardwebhooks';

const TOKEN = 'cst_fixed-test-token';
const WEBHOOK_SECRET = 'whsec_Zml4ZWQtdGVzdC13ZWJob29rLXNlY3JldC0zMmJ5dGU=';

/**
 * Runs the tool with a fake database and secret store, recording what they were sent. The
 * database answers each call with the next of `answers` (a plan with a check calls it twice),
 * the last one from then on.
 */
function admin(argv: string[], ...answers: StatementResults[]) {
  const calls: { remote: boolean; persistTo?: string; statements: readonly string[] }[] = [];
  const secrets: { name: string; value: string }[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: AdminIo = {
    now: new Date('2026-05-04T09:00:00.000Z'),
    newToken: () => TOKEN,
    newWebhookSecret: () => WEBHOOK_SECRET,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    run: (target, statements) => {
      calls.push({ ...target, statements });
      return answers[Math.min(calls.length, answers.length) - 1] ?? [[{ id: 7 }]];
    },
    putSecret: (_target, name, value) => {
      secrets.push({ name, value });
    },
  };
  const code = runAdmin(argv, io);
  return { code, calls, secrets, out: out.join('\n'), err: err.join('\n'), sql: calls.at(-1)?.statements.join(';\n') ?? '' };
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
    const run = admin(['token', 'create', '--network', 'cyberwerf', '--name', "Sanne d'Vries", '--label', 'console']);
    expect(run.code).toBe(0);
    expect(run.sql).toContain(`'${tokenHash(TOKEN)}'`);
    expect(run.sql).not.toContain(TOKEN);
    expect(run.sql).toContain("'Sanne d''Vries'");
    expect(run.out).toContain(TOKEN);
  });

  it('exits 1 when the network does not exist (nothing was inserted)', () => {
    const run = admin(['token', 'create', '--network', 'nowhere', '--name', 'Sanne'], [[]]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('No network has the id nowhere');
  });

  it.each([
    [['token', 'create', '--name', 'Sanne'], 'give either --network <id> or --admin'],
    [['token', 'create', '--admin', '--network', 'cyberwerf', '--name', 'Sanne'], 'give either --network <id> or --admin'],
    [['token', 'create', '--network', 'Cyber Werf', '--name', 'Sanne'], '--network: use lower-case letters'],
    [['token', 'create', '--network', 'cyberwerf'], '--name: is required'],
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

  it('turns the Turnstile check on for a partner\'s own sites, and refuses anything but yes or no', () => {
    expect(admin(['partner', 'update', 'p', '--turnstile', 'yes']).sql).toContain('turnstile = 1');
    expect(admin(['partner', 'update', 'p', '--turnstile', 'soms']).code).toBe(2);
  });

  it('refuses to remove a network that has referrals, and says what to do instead', () => {
    const run = admin(['network', 'remove', 'cyberwerf'], [[], [], [], [], [{ referrals: 3 }]]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('network update cyberwerf --active no');
  });
});

describe('webhook secrets and signature formats', () => {
  const ADD = ['network', 'channel', 'add', 'cyberwerf', '--webhook', 'https://crm.cyberwerf.example/hook', '--secret-ref', 'CYBERWERF_HOOK'];
  const ROTATE = ['network', 'channel', 'rotate-secret', 'cyberwerf', '--webhook', 'https://crm.cyberwerf.example/hook', '--secret-ref', 'CYBERWERF_HOOK_2'];
  const standardChannel = [[{ id: 3, signature_format: 'standard', secret_ref: 'CYBERWERF_HOOK', previous_secret_ref: null }], []];
  const occurrences = (text: string, part: string) => text.split(part).length - 1;

  it('makes secrets in the whsec_ format: 32 random bytes that a Standard Webhooks library decodes', () => {
    const [one, two] = [newWebhookSecret(), newWebhookSecret()];
    expect(one).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(one).not.toBe(two);
    expect(() => new Webhook(one)).not.toThrow();
    expect(Buffer.from(one.slice('whsec_'.length), 'base64')).toHaveLength(32);
  });

  it('gives a new webhook a new secret: stored as the named Worker secret, printed once, never in SQL', () => {
    const run = admin(ADD, [[], []], [[{ id: 3 }]]);
    expect(run.code).toBe(0);
    expect(run.secrets).toEqual([{ name: 'CYBERWERF_HOOK', value: WEBHOOK_SECRET }]);
    expect(occurrences(run.out, WEBHOOK_SECRET)).toBe(1);
    expect(run.out).toContain('not shown again');
    expect(run.calls.flatMap((call) => call.statements).join('\n')).not.toContain(WEBHOOK_SECRET);
  });

  it.each([
    ['the channel exists already', [[{ id: 3 }], []], 'network channel rotate-secret'],
    ['another channel signs with that secret name', [[], [{ network_id: 'cyberchef-amersfoort', target: 'https://a.example/h' }]], 'already signs for cyberchef-amersfoort'],
  ])('stores no secret and changes nothing when %s', (_, check, message) => {
    const run = admin(ADD, check as StatementResults);
    expect(run).toMatchObject({ code: 1, secrets: [], err: expect.stringContaining(message) });
    expect(run.calls).toHaveLength(1);
  });

  it('rotates: the new secret is stored first, then the old one becomes the previous one for 72 hours', () => {
    const run = admin(ROTATE, standardChannel, [standardChannel[0]!, [{ id: 3 }]]);
    expect(run.code).toBe(0);
    expect(run.secrets).toEqual([{ name: 'CYBERWERF_HOOK_2', value: WEBHOOK_SECRET }]);
    expect(run.sql).toContain("SET previous_secret_ref = secret_ref, previous_secret_until = '2026-05-07T09:00:00.000Z', secret_ref = 'CYBERWERF_HOOK_2'");
    expect(occurrences(run.out, WEBHOOK_SECRET)).toBe(1);
    expect(run.out).toContain('until 2026-05-07T09:00:00.000Z also with CYBERWERF_HOOK');
    expect(run.out).toMatch(/npx wrangler secret delete CYBERWERF_HOOK$/m);
  });

  it('takes the overlap asked for, or none with --cut-over', () => {
    expect(admin([...ROTATE, '--overlap-hours', '24'], standardChannel, [[{ id: 3 }]]).sql).toContain("previous_secret_until = '2026-05-05T09:00:00.000Z'");
    expect(admin([...ROTATE, '--cut-over'], standardChannel, [[{ id: 3 }]]).sql).toContain('SET previous_secret_ref = NULL, previous_secret_until = NULL');
  });

  it('refuses an overlap on a legacy channel, whose receiver checks one signature, before storing anything', () => {
    const run = admin(ROTATE, [[{ id: 3, signature_format: 'legacy', secret_ref: 'CYBERWERF_HOOK' }], []]);
    expect(run).toMatchObject({ code: 1, secrets: [], err: expect.stringContaining('--cut-over') });
    expect(run.calls).toHaveLength(1);
  });

  it.each([
    [[...ROTATE, '--overlap-hours', '0'], '--overlap-hours: at least 1 hour'],
    [[...ROTATE, '--overlap-hours', '24', '--cut-over'], '--cut-over means no overlap'],
    [ROTATE.slice(0, -2), '--secret-ref: is required'],
    [['network', 'channel', 'format', 'cyberwerf', '--webhook', 'https://crm.cyberwerf.example/hook', '--format', 'v2'], '--format: expected standard or legacy'],
  ])('exits 2 for %j, with nothing sent', (argv, message) => {
    const run = admin(argv);
    expect(run).toMatchObject({ code: 2, calls: [], secrets: [], err: expect.stringContaining(message) });
  });

  it('switches a channel, also the development inbox, between the standard and the legacy format', () => {
    const run = admin(['network', 'channel', 'format', 'cyberwerf', '--webhook', '/dev/inbox', '--format', 'legacy']);
    expect(run.code).toBe(0);
    expect(run.sql).toBe("UPDATE network_channels SET signature_format = 'legacy'\n              WHERE network_id = 'cyberwerf' AND kind = 'webhook' AND target = '/dev/inbox' RETURNING id");
    expect(admin(['network', 'channel', 'format', 'x', '--webhook', 'https://x.example/h', '--format', 'standard'], [[]]).code).toBe(1);
  });

  it('changes nothing in the database when the secret cannot be stored', () => {
    const sent: (readonly string[])[] = [];
    const errors: string[] = [];
    const code = runAdmin(ADD, {
      now: new Date(),
      newToken: () => TOKEN,
      newWebhookSecret: () => WEBHOOK_SECRET,
      out: () => {},
      err: (text) => errors.push(text),
      run: (_target, statements) => {
        sent.push(statements);
        return [[], []];
      },
      putSecret: () => {
        throw new SecretStoreError('You are not logged in.');
      },
    });
    expect(code).toBe(1);
    expect(sent.flat().filter((statement) => !statement.trimStart().startsWith('SELECT'))).toEqual([]);
    expect(errors.join('\n')).toContain('Storing the secret failed, so nothing was changed: You are not logged in.');
  });

  it('writes a local secret into .dev.vars, replacing an older value of the same name', () => {
    expect(withDevVar('A="1"\nKEY="old"\n', 'KEY', 'whsec_x+/=')).toBe('A="1"\nKEY="whsec_x+/="\n');
    expect(devVarsPath({ remote: false, persistTo: '/tmp/db' })).toBe('/tmp/db/.dev.vars');
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
    const token = cli('token', 'create', '--network', 'cyber-test', '--name', 'Test Persoon', '--label', 'e2e');
    expect(token.status).toBe(0);
    expect(token.stdout).toMatch(/\ncst_[A-Za-z0-9_-]{43}\n/);
    const shown = cli('network', 'show', 'cyber-test');
    expect(shown.stdout).toContain(`name: ${hostile}`);
    const bad = cli('network', 'area', 'add', 'cyber-test', '9999-1000');
    expect(bad.status).toBe(2);
  });

  it('gives the new network a webhook, rotates its secret, and never shows a secret again', { timeout: 180_000 }, () => {
    const hook = ['--webhook', 'https://crm.cyber-test.example/hook'];
    const added = cli('network', 'channel', 'add', 'cyber-test', ...hook, '--secret-ref', 'CYBER_TEST_HOOK');
    expect(added.status).toBe(0);
    const first = /\n(whsec_\S+)\n/.exec(added.stdout)?.[1];
    const rotated = cli('network', 'channel', 'rotate-secret', 'cyber-test', ...hook, '--secret-ref', 'CYBER_TEST_HOOK_2');
    expect(rotated.status).toBe(0);
    const second = /\n(whsec_\S+)\n/.exec(rotated.stdout)?.[1];
    expect(readFileSync(path.join(dir, '.dev.vars'), 'utf8')).toBe(`CYBER_TEST_HOOK="${first}"\nCYBER_TEST_HOOK_2="${second}"\n`);
    const shown = cli('network', 'show', 'cyber-test');
    expect(shown.stdout).toMatch(/CYBER_TEST_HOOK_2\s+standard\s+CYBER_TEST_HOOK\s+\d{4}-/);
    expect(shown.stdout).not.toContain('whsec_');
  });
});
