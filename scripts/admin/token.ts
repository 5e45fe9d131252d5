/**
 * @module `token create|list|revoke`: access tokens for the network console. A token is 32
 * random bytes, base64url, after the `cst_` prefix that worker/data/tokens.ts expects; only its
 * SHA-256 is stored, so it is printed once and never again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { type Command, firstRow, table } from './command';
import { label, line, rowId, slug } from './fields';
import { validateInput } from './input';
import { sql } from './sql';

/** The same prefix as TOKEN_PREFIX in worker/data/tokens.ts. */
const TOKEN_PREFIX = 'cst_';

export const newAccessToken = (): string => `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

const createInput = z
  .strictObject({ network: slug.optional(), admin: z.literal(true).optional(), name: line(100), label: label.default('') })
  .refine((input) => (input.network === undefined) !== (input.admin === undefined), 'give either --network <id> or --admin');

export const tokenCommands: readonly Command[] = [
  {
    name: 'token create',
    summary: "make a person's access token for a network console, or an admin token; prints it once",
    usage: '--network <networkId> --name <person> [--label <text>]  |  --admin --name <person> [--label <text>]',
    options: [
      '--network <id>  the network whose referrals the token may see',
      '--admin         a token that sees every network',
      "--name <text>   the person it is for; the console's history and export name them (at most 100 characters)",
      '--label <text>  a note on what it is for (at most 100 characters)',
    ],
    plan: (positionals, flags, { now, newToken }) => {
      const input = validateInput(createInput, [], positionals, flags);
      const token = newToken();
      const kind = input.admin ? 'admin' : 'network';
      const network = input.network ?? null;
      return {
        statements: [
          sql`INSERT INTO access_tokens (token_hash, kind, network_id, person_name, label, created_at)
              SELECT ${tokenHash(token)}, ${kind}, ${network}, ${input.name}, ${input.label}, ${now.toISOString()}
              WHERE ${network} IS NULL OR EXISTS (SELECT 1 FROM networks WHERE id = ${network}) RETURNING id`,
        ],
        report: (results) => {
          const row = firstRow(results, 0);
          if (row === undefined) return { ok: false, text: `No network has the id ${network}; see: network list` };
          return {
            ok: true,
            text: `Token ${row.id} (${kind}${network ? ` for ${network}` : ''}, ${input.name}). Copy it now; it is not shown again:\n\n${token}\n`,
          };
        },
      };
    },
  },
  {
    name: 'token list',
    summary: 'list the access tokens (never the tokens themselves)',
    usage: '',
    plan: (positionals, flags) => {
      validateInput(z.strictObject({}), [], positionals, flags);
      return {
        statements: ['SELECT id, kind, network_id, person_name, label, created_at, revoked_at FROM access_tokens ORDER BY id'],
        report: (results) => ({
          ok: true,
          text: table(results[0] ?? [], ['id', 'kind', 'network_id', 'person_name', 'label', 'created_at', 'revoked_at']),
        }),
      };
    },
  },
  {
    name: 'token revoke',
    summary: 'stop a token from working, at once',
    usage: '<tokenId>',
    plan: (positionals, flags, { now }) => {
      const { tokenId } = validateInput(z.strictObject({ tokenId: rowId }), ['tokenId'], positionals, flags);
      return {
        statements: [sql`UPDATE access_tokens SET revoked_at = ${now.toISOString()} WHERE id = ${tokenId} AND revoked_at IS NULL RETURNING id`],
        report: (results) =>
          firstRow(results, 0) === undefined
            ? { ok: false, text: `No working token has the id ${tokenId}; see: token list` }
            : { ok: true, text: `Token ${tokenId} revoked.` },
      };
    },
  },
];
