/**
 * @module `network channel format|rotate-secret`: how a webhook channel is signed (Standard
 * Webhooks, or the legacy X-CyberScan headers) and a new secret for it without downtime: during
 * the overlap deliveries carry a signature by the old and the new secret (worker/delivery/README.md).
 */
import { z } from 'zod';
import { type Command, firstRow } from './command';
import { overlapHours, secretRef, signatureFormat, slug, webhookTarget } from './fields';
import { validateInput } from './input';
import { sql } from './sql';

const DEFAULT_OVERLAP_HOURS = 72;

/** The webhook channel `target` of `networkId`, as it is now. */
const channelNow = (networkId: string, target: string) =>
  sql`SELECT id, signature_format, secret_ref, previous_secret_ref, previous_secret_until FROM network_channels
      WHERE network_id = ${networkId} AND kind = 'webhook' AND target = ${target}`;

/** Channels that sign with the Worker secret `name`: storing a new value under it would break them. */
export const secretNameUsers = (name: string) =>
  sql`SELECT network_id, target FROM network_channels WHERE secret_ref = ${name} OR previous_secret_ref = ${name}`;

export const noSuchWebhook = (networkId: string, target: string) => ({
  ok: false,
  text: `Network ${networkId} has no webhook channel ${target}; see: network show ${networkId}`,
});

export const nameTaken = (name: string, users: readonly Record<string, unknown>[]) => ({
  ok: false,
  text: `The Worker secret ${name} already signs for ${users.map((row) => `${row.network_id} ${row.target}`).join(', ')}; choose another --secret-ref.`,
});

/** The secret, once, with what to do with it. */
export const secretOnce = (secret: string, name: string) =>
  `Stored as the Worker secret ${name}. Give it to the network now; it is not shown again:\n\n${secret}\n`;

/** The channel's secrets after a rotation: the current one becomes the previous one until `until`, if any. */
const rotation = (where: string, newName: string, until: string | null) =>
  (until === null
    ? sql`UPDATE network_channels SET previous_secret_ref = NULL, previous_secret_until = NULL, secret_ref = ${newName} WHERE `
    : sql`UPDATE network_channels SET previous_secret_ref = secret_ref, previous_secret_until = ${until}, secret_ref = ${newName} WHERE `) +
  `${where} RETURNING id`;

const formatInput = z.strictObject({ networkId: slug, webhook: webhookTarget, format: signatureFormat });

const rotateInput = z
  .strictObject({ networkId: slug, webhook: webhookTarget, secretRef, overlapHours: overlapHours.optional(), cutOver: z.literal(true).optional() })
  .refine((input) => !(input.cutOver && input.overlapHours !== undefined), '--cut-over means no overlap: leave out --overlap-hours');

const FORMAT_TEXT = {
  standard: 'per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature); its receiver verifies with a Standard Webhooks library and the whsec_ secret. A secret not made by this tool may not be in that format: deliveries then fail, saying so, until you run network channel rotate-secret.',
  legacy: 'with the legacy headers X-CyberScan-Delivery, -Timestamp and -Signature, one signature by the current secret.',
} as const;

export const networkChannelSigningCommands: readonly Command[] = [
  {
    name: 'network channel format',
    summary: 'sign a webhook channel per Standard Webhooks, or with the legacy X-CyberScan headers',
    usage: '<networkId> --webhook <url> --format standard|legacy',
    options: [
      '--webhook <url>       the channel: its https URL (or /dev/inbox locally)',
      '--format standard     webhook-id, webhook-timestamp, webhook-signature (the default of new channels)',
      '--format legacy       the X-CyberScan headers of before; switch only once the network checks the new ones',
    ],
    plan: (positionals, flags) => {
      const input = validateInput(formatInput, ['networkId'], positionals, flags);
      return {
        statements: [
          sql`UPDATE network_channels SET signature_format = ${input.format}
              WHERE network_id = ${input.networkId} AND kind = 'webhook' AND target = ${input.webhook} RETURNING id`,
        ],
        report: (results) => {
          const row = firstRow(results, 0);
          if (row === undefined) return noSuchWebhook(input.networkId, input.webhook);
          return { ok: true, text: `Channel ${row.id} (${input.networkId}, ${input.webhook}) now signs ${FORMAT_TEXT[input.format]}` };
        },
      };
    },
  },
  {
    name: 'network channel rotate-secret',
    summary: 'give a webhook channel a new secret; the old one keeps signing for an overlap; prints it once',
    usage: '<networkId> --webhook <url> --secret-ref <NEW_SECRET_NAME> [--overlap-hours <1-720> | --cut-over]',
    options: [
      '--webhook <url>          the channel: its https URL (or /dev/inbox locally)',
      '--secret-ref <NAME>      a new Worker secret name for the new secret (the old one stays until the overlap ends)',
      `--overlap-hours <hours>  how long the old secret signs too (default ${DEFAULT_OVERLAP_HOURS})`,
      '--cut-over               no overlap: only the new secret signs, at once (a legacy channel has one signature)',
      'The secret goes to `wrangler secret put` with --remote, else to .dev.vars (wrangler dev reads it when it starts).',
    ],
    plan: (positionals, flags, { now, newWebhookSecret }) => {
      const input = validateInput(rotateInput, ['networkId'], positionals, flags);
      const secret = newWebhookSecret();
      const until = input.cutOver ? null : new Date(now.getTime() + (input.overlapHours ?? DEFAULT_OVERLAP_HOURS) * 3600_000).toISOString();
      const where = sql`network_id = ${input.networkId} AND kind = 'webhook' AND target = ${input.webhook}`;
      return {
        check: {
          statements: [channelNow(input.networkId, input.webhook), secretNameUsers(input.secretRef)],
          refuse: (results) => {
            const channel = firstRow(results, 0);
            if (channel === undefined) return noSuchWebhook(input.networkId, input.webhook);
            if ((results[1] ?? []).length > 0) return nameTaken(input.secretRef, results[1] ?? []);
            if (channel.signature_format === 'legacy' && !input.cutOver) {
              return {
                ok: false,
                text: `Channel ${channel.id} is legacy: its receiver checks one signature, so an overlap cannot help it. Switch it to standard first (network channel format), or rotate with --cut-over and give the network the new secret at once.`,
              };
            }
            return null;
          },
        },
        secret: { name: input.secretRef, value: secret },
        statements: [channelNow(input.networkId, input.webhook), rotation(where, input.secretRef, until)],
        report: (results) => {
          const before = firstRow(results, 0);
          if (before === undefined || firstRow(results, 1) === undefined) return noSuchWebhook(input.networkId, input.webhook);
          const retired = [until === null ? before.secret_ref : null, before.previous_secret_ref].filter((name) => typeof name === 'string');
          const signing = until === null
            ? `now signs with ${input.secretRef} only.`
            : `now signs with ${input.secretRef}, and until ${until} also with ${before.secret_ref}: the network adds the new secret beside the old one before then (a Standard Webhooks library accepts a request signed by either).`;
          const later = until === null ? [] : [`After ${until}: npx wrangler secret delete ${before.secret_ref}`];
          return {
            ok: true,
            text: [
              `Channel ${before.id} (${input.networkId}, ${input.webhook}) ${signing}`,
              secretOnce(secret, input.secretRef),
              ...retired.map((name) => `${name} signs nothing any more: npx wrangler secret delete ${name}`),
              ...later,
            ].join('\n'),
          };
        },
      };
    },
  },
];
