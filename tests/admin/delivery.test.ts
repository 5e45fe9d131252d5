/** The admin tool's delivery commands: channel pause/resume/remove of any channel, resend, and a busy database. */
import { describe, expect, it } from 'vitest';
import { BUSY_PAUSES_MS, retryWhileBusy } from '../../scripts/admin/busy';
import { DatabaseError, type StatementResults } from '../../scripts/admin/d1';
import { runAdmin, type AdminIo } from '../../scripts/admin/main';

function admin(argv: string[], answers: StatementResults = [[{ id: 7 }]]) {
  const statements: string[] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: AdminIo = {
    now: new Date('2026-05-04T09:00:00.000Z'),
    newToken: () => 'cst_unused',
    newWebhookSecret: () => 'whsec_unused',
    putSecret: () => undefined,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    run: (_, sent) => {
      statements.push(...sent);
      return answers;
    },
  };
  const code = runAdmin(argv, io);
  return { code, sql: statements.join(';\n'), out: out.join('\n'), err: err.join('\n') };
}

describe('network channel pause, resume and remove', () => {
  it('pauses and resumes a channel by its target, keeping it', () => {
    const paused = admin(['network', 'channel', 'pause', 'cyberwerf', '--webhook', 'https://crm.cyberwerf.example/hook']);
    expect(paused.code).toBe(0);
    expect(paused.sql).toMatch(/UPDATE network_channels SET active = 0 WHERE network_id = 'cyberwerf' AND kind = 'webhook' AND target = 'https:\/\/crm\.cyberwerf\.example\/hook'/);
    const resumed = admin(['network', 'channel', 'resume', 'cyberwerf', '--email', 'aanvragen@cyberwerf.example']);
    expect(resumed.code).toBe(0);
    expect(resumed.sql).toMatch(/SET active = 1 .* kind = 'email' AND target = 'aanvragen@cyberwerf\.example'/);
  });

  it("removes any channel, also the development seed's relative /dev/inbox", () => {
    const removed = admin(['network', 'channel', 'remove', 'cyberwerf', '--webhook', '/dev/inbox']);
    expect(removed.code).toBe(0);
    expect(removed.sql).toContain("DELETE FROM network_channels WHERE network_id = 'cyberwerf' AND kind = 'webhook' AND target = '/dev/inbox'");
  });

  it('says so when no such channel exists (exit 1)', () => {
    expect(admin(['network', 'channel', 'pause', 'cyberwerf', '--webhook', '/dev/inbox'], [[]]).code).toBe(1);
  });
});

describe('network update --alert-email', () => {
  it("sets and clears where the network's people hear of an outage", () => {
    expect(admin(['network', 'update', 'cyberwerf', '--alert-email', 'storing@cyberwerf.example']).sql).toContain("alert_email = 'storing@cyberwerf.example'");
    expect(admin(['network', 'update', 'cyberwerf', '--alert-email', '']).sql).toContain('alert_email = NULL');
    expect(admin(['network', 'update', 'cyberwerf', '--alert-email', 'geen adres']).code).toBe(2);
  });
});

describe('delivery resend', () => {
  it('marks one failed referral pending for the sweep, and nothing delivered, in retry or erased', () => {
    const one = admin(['delivery', 'resend', 'CS-7K4P-2QX9'], [[{ reference: 'CS-7K4P-2QX9' }]]);
    expect(one.code).toBe(0);
    expect(one.sql).toMatch(/SET delivery_status = 'pending'\s+WHERE reference = 'CS-7K4P-2QX9' AND delivery_status = 'failed' AND erased_at IS NULL/);
    expect(one.out).toMatch(/within ten minutes/);
  });

  it("marks every failed referral of a network with --failed --network", () => {
    const all = admin(['delivery', 'resend', '--failed', '--network', 'cyberwerf'], [[{ reference: 'CS-AAAA-AAAA' }, { reference: 'CS-BBBB-BBBB' }]]);
    expect(all.code).toBe(0);
    expect(all.sql).toMatch(/WHERE network_id = 'cyberwerf' AND delivery_status = 'failed' AND erased_at IS NULL/);
    expect(all.out).toMatch(/^2 referrals/);
  });

  it('refuses half an instruction with exit 2, sending nothing', () => {
    for (const argv of [['delivery', 'resend'], ['delivery', 'resend', '--failed'], ['delivery', 'resend', 'CS-7K4P-2QX9', '--failed', '--network', 'x']]) {
      const result = admin(argv);
      expect(result.code).toBe(2);
      expect(result.sql).toBe('');
    }
  });
});

describe('a busy local database', () => {
  const busy = () => new DatabaseError('D1_ERROR: database is locked: SQLITE_BUSY');

  it('is tried again after a pause, and the tool goes on when it is free', () => {
    let tries = 0;
    const pauses: number[] = [];
    const rows = retryWhileBusy(() => {
      tries += 1;
      if (tries < 3) throw busy();
      return [[{ id: 1 }]];
    }, (ms) => pauses.push(ms));
    expect(rows).toEqual([[{ id: 1 }]]);
    expect(pauses).toEqual(BUSY_PAUSES_MS.slice(0, 2));
  });

  it('gives up after a few tries with a clear message', () => {
    let tries = 0;
    expect(() => retryWhileBusy(() => { tries += 1; throw busy(); }, () => undefined)).toThrow(/stayed busy .* Nothing was changed; try again/);
    expect(tries).toBe(BUSY_PAUSES_MS.length + 1);
  });

  it('does not retry other refusals', () => {
    let tries = 0;
    expect(() => retryWhileBusy(() => { tries += 1; throw new DatabaseError('UNIQUE constraint failed'); }, () => undefined)).toThrow(/UNIQUE/);
    expect(tries).toBe(1);
  });
});
