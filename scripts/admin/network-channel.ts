/**
 * @module `network channel add|remove`: where a network's referrals are delivered, a signed
 * webhook or an e-mail address (worker/delivery/README.md). The webhook's key stays a Worker
 * secret; only its name (`--secret-ref`) is stored.
 */
import { z } from 'zod';
import { channelOfNetwork } from './channel-target';
import { type Command, firstRow } from './command';
import { email, httpsUrl, secretRef, slug } from './fields';
import { validateInput } from './input';
import { sql } from './sql';

const target = { networkId: slug, webhook: httpsUrl.optional(), email: email.optional() };
const oneTarget = (input: { webhook?: string; email?: string }) => (input.webhook === undefined) !== (input.email === undefined);

const addInput = z
  .strictObject({ ...target, secretRef: secretRef.optional() })
  .refine(oneTarget, 'give either --webhook <https url> --secret-ref <NAME> or --email <address>')
  .refine((input) => input.webhook === undefined || input.secretRef !== undefined, {
    message: 'a webhook is always signed: give the name of its key\'s Worker secret',
    path: ['secretRef'],
  })
  .refine((input) => input.email === undefined || input.secretRef === undefined, {
    message: 'only a webhook has a secret',
    path: ['secretRef'],
  });


/** The channel's kind and target from either form of input. */
const channelOf = (input: { webhook?: string; email?: string }) =>
  input.webhook !== undefined ? { kind: 'webhook', target: input.webhook } : { kind: 'email', target: input.email ?? '' };

export const networkChannelCommands: readonly Command[] = [
  {
    name: 'network channel add',
    summary: 'deliver a network\'s referrals to a webhook or an e-mail address',
    usage: '<networkId> --webhook <https url> --secret-ref <SECRET_NAME>  |  <networkId> --email <address>',
    options: [
      '--webhook <url>       https only; each delivery is signed (HMAC-SHA256)',
      '--secret-ref <NAME>   the Worker secret holding the key: npx wrangler secret put NAME',
      '--email <address>     a verified Email Routing destination',
    ],
    plan: (positionals, flags) => {
      const input = validateInput(addInput, ['networkId'], positionals, flags);
      const { kind, target } = channelOf(input);
      const secret = input.secretRef ?? null;
      return {
        statements: [
          sql`INSERT INTO network_channels (network_id, kind, target, secret_ref)
              SELECT ${input.networkId}, ${kind}, ${target}, ${secret} WHERE EXISTS (SELECT 1 FROM networks WHERE id = ${input.networkId})
              ON CONFLICT (network_id, kind, target) DO UPDATE SET secret_ref = excluded.secret_ref, active = 1
              RETURNING id`,
        ],
        report: (results) => {
          const row = firstRow(results, 0);
          if (row === undefined) return { ok: false, text: `No network has the id ${input.networkId}; see: network list` };
          return { ok: true, text: `Channel ${row.id}: ${input.networkId} receives referrals by ${kind} at ${target}.` };
        },
      };
    },
  },
  {
    name: 'network channel remove',
    summary: 'stop delivering a network\'s referrals to a webhook or e-mail address',
    usage: '<networkId> --webhook <target>  |  <networkId> --email <address>   (any channel, also /dev/inbox)',
    plan: (positionals, flags) => {
      const input = validateInput(channelOfNetwork, ['networkId'], positionals, flags);
      const { kind, target } = channelOf(input);
      return {
        statements: [sql`DELETE FROM network_channels WHERE network_id = ${input.networkId} AND kind = ${kind} AND target = ${target} RETURNING id`],
        report: (results) =>
          firstRow(results, 0) === undefined
            ? { ok: false, text: `Network ${input.networkId} has no ${kind} channel ${target}; see: network show ${input.networkId}` }
            : { ok: true, text: `Channel removed: ${input.networkId} no longer receives referrals by ${kind} at ${target}.` },
      };
    },
  },
];
