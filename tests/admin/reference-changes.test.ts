/**
 * The SQL that tests/worker/reference-cache.test.ts runs on D1 as "a change made with the admin
 * tool" is the SQL the admin tool builds for those command lines, so that test cannot drift from it.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../scripts/admin/commands';
import { REMOVE_PARTNER, REPLACE_ORIGIN, SWITCH_OFF_NETWORK } from '../worker/admin-changes';

const context = { now: new Date(), newToken: () => '', newWebhookSecret: () => '' };

describe("the reference-cache test's admin changes", () => {
  it.each([REPLACE_ORIGIN, REMOVE_PARTNER, SWITCH_OFF_NETWORK])('$command is the admin tool\'s own SQL', (change) => {
    const command = COMMANDS.find((candidate) => candidate.name === change.command);
    expect(command?.plan(change.positionals, change.flags, context).statements).toEqual(change.statements);
  });
});
