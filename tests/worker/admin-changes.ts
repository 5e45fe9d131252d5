/**
 * Changes to the reference data made as the admin tool makes them: the command, and the SQL it runs
 * on D1 for it. tests/worker/reference-cache.test.ts runs this SQL on the test D1 beside the worker;
 * tests/admin/reference-changes.test.ts proves the admin tool builds exactly this SQL. No imports:
 * both the worker and the Node projects compile this file.
 */

/** One admin command line and its SQL. */
export interface AdminChange {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly flags: Readonly<Record<string, string>>;
  readonly statements: readonly string[];
}

/** `partner update kaasmakerij --origins https://nieuw.kaasmakerij.example`: the old origin is gone. */
export const REPLACE_ORIGIN: AdminChange = {
  command: 'partner update',
  positionals: ['kaasmakerij'],
  flags: { origins: 'https://nieuw.kaasmakerij.example' },
  statements: [`UPDATE partners SET allowed_origins = '["https://nieuw.kaasmakerij.example"]' WHERE id = 'kaasmakerij' AND 1 RETURNING id`],
};

/** `partner remove kaasmakerij`. */
export const REMOVE_PARTNER: AdminChange = {
  command: 'partner remove',
  positionals: ['kaasmakerij'],
  flags: {},
  statements: [`DELETE FROM partners WHERE id = 'kaasmakerij' RETURNING id`],
};

/** `network update cyberwerf --active no`: it takes no new companies. */
export const SWITCH_OFF_NETWORK: AdminChange = {
  command: 'network update',
  positionals: ['cyberwerf'],
  flags: { active: 'no' },
  statements: [`UPDATE networks SET active = 0 WHERE id = 'cyberwerf' RETURNING id`],
};
