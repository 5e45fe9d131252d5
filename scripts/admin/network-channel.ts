/**
 * @module `network channel add|remove`: where a network's referrals are delivered, a signed
 * webhook or an e-mail address (worker/delivery/README.md). A new webhook gets a new secret, made
 * here and printed once; it is a Worker secret, and only its name (`--secret-ref`) is stored.
 */
import { z } from 'zod';
import { type Command, firstRow } from './command';
import type { StatementResults } from './d1';
import { email, httpsUrl, secretRef, slug } from './fields';
import { validateInput } from './input';
import { nameTaken, secretNameUsers, secretOnce } from './network-channel-signing';
import { sql } from './sql';

const target = { networkId: slug, webhook: httpsUrl.optional(), email: email.optional() };
const oneTarget = (input: { webhook?: string; email?: string }) => (input.webhook === undefined) !== (input.email === undefined);

const addInput = z
  .strictObject({ ...target, secretRef: secretRef.optional() })
  .refine(oneTarget, 'give either --webhook <https url> --secret-ref <NAME> or --email <address>')
  .refine((input) => input.webhook === undefined || input.secretRef !== undefined, {
    message: 'a webhook is always signed: give a name for the Worker secret this makes',
    path: ['secretRef'],
  })
  .refine((input) => input.email === undefined || input.secretRef === undefined, {
    message: 'only a webhook has a secret',
    path: ['secretRef'],
  });

const removeInput = z.strictObject(target).refine(oneTarget, 'give either --webhook <https url> or --email <address>');

/** The channel's kind and target from either form of input. */
const channelOf = (input: { webhook?: string; email?: string }) =>
  input.webhook !== undefined ? { kind: 'webhook', target: input.webhook } : { kind: 'email', target: input.email ?? '' };

/**
 * Before a new webhook's secret is stored: the channel must be new (an existing one gets a new
 * secret by rotate-secret, with an overlap), and the name must sign for no other channel.
 */
const newWebhookCheck = (networkId: string, target: string, name: string) => ({
  statements: [sql`SELECT id FROM network_channels WHERE network_id = ${networkId} AND kind = 'webhook' AND target = ${target}`, secretNameUsers(name)],
  refuse: (results: StatementResults) => {
    const existing = firstRow(results, 0);
    if (existing !== undefined) {
      return { ok: false, text: `Channel ${existing.id} already delivers to ${target}; give it a new secret with: network channel rotate-secret ${networkId} --webhook ${target} --secret-ref <NEW_NAME>` };
    }
    return (results[1] ?? []).length > 0 ? nameTaken(name, results[1] ?? []) : null;
  },
});

export const networkChannelCommands: readonly Command[] = [
  {
    name: 'network channel add',
    summary: 'deliver a network\'s referrals to a webhook or an e-mail address',
    usage: '<networkId> --webhook <https url> --secret-ref <NEW_SECRET_NAME>  |  <networkId> --email <address>',
    options: [
      '--webhook <url>       https only; signed per Standard Webhooks (network channel format switches it)',
      '--secret-ref <NAME>   a new Worker secret name: a whsec_ secret is made, stored there and printed once',
      '--email <address>     a verified Email Routing destination',
    ],
    plan: (positionals, flags, { newWebhookSecret }) => {
      const input = validateInput(addInput, ['networkId'], positionals, flags);
      const { kind, target } = channelOf(input);
      const secretName = input.secretRef ?? null;
      const secret = secretName === null ? null : { name: secretName, value: newWebhookSecret() };
      return {
        ...(secret === null ? {} : { secret, check: newWebhookCheck(input.networkId, target, secret.name) }),
        statements: [
          sql`INSERT INTO network_channels (network_id, kind, target, secret_ref)
              SELECT ${input.networkId}, ${kind}, ${target}, ${secretName} WHERE EXISTS (SELECT 1 FROM networks WHERE id = ${input.networkId})
              ON CONFLICT (network_id, kind, target) DO UPDATE SET secret_ref = excluded.secret_ref, active = 1
              RETURNING id`,
        ],
        report: (results) => {
          const row = firstRow(results, 0);
          if (row === undefined) return { ok: false, text: `No network has the id ${input.networkId}; see: network list` };
          const done = `Channel ${row.id}: ${input.networkId} receives referrals by ${kind} at ${target}.`;
          return { ok: true, text: secret === null ? done : `${done}\n${secretOnce(secret.value, secret.name)}` };
        },
      };
    },
  },
  {
    name: 'network channel remove',
    summary: 'stop delivering a network\'s referrals to a webhook or e-mail address',
    usage: '<networkId> --webhook <https url>  |  <networkId> --email <address>',
    plan: (positionals, flags) => {
      const input = validateInput(removeInput, ['networkId'], positionals, flags);
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
