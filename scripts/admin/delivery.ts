/**
 * @module `delivery resend`: hand failed referrals back for delivery. The tool reaches only the
 * database, not the queue, so it marks them `pending`; the cron sweep (every ten minutes) queues
 * pending referrals, with the full retry schedule again. The console resends at once.
 */
import { z } from 'zod';
import { UsageError } from './args';
import { type Command } from './command';
import { slug } from './fields';
import { validateInput } from './input';
import { sql } from './sql';

const REFERENCE = /^CS-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

const resendInput = z.strictObject({
  reference: z.string().regex(REFERENCE, 'expected a reference such as CS-7K4P-2QX9').optional(),
  failed: z.literal(true).optional(),
  network: slug.optional(),
});

export const deliveryCommands: readonly Command[] = [
  {
    name: 'delivery resend',
    summary: 'deliver failed referrals again (the sweep queues them within ten minutes)',
    usage: '<reference>  |  --failed --network <networkId>',
    options: ['--failed            every failed referral of the network given with --network', '--network <id>      the network'],
    plan: (positionals, flags) => {
      const input = validateInput(resendInput, ['reference'], positionals, flags);
      const one = input.reference !== undefined;
      if (one === (input.failed === true) || (input.failed === true) !== (input.network !== undefined)) {
        throw new UsageError('give either <reference>, or --failed --network <networkId>');
      }
      return {
        statements: [
          // Only failed referrals that still have their data: never one delivered, in retry or erased.
          one
            ? sql`UPDATE referrals SET delivery_status = 'pending'
                  WHERE reference = ${input.reference ?? ''} AND delivery_status = 'failed' AND erased_at IS NULL RETURNING reference`
            : sql`UPDATE referrals SET delivery_status = 'pending'
                  WHERE network_id = ${input.network ?? ''} AND delivery_status = 'failed' AND erased_at IS NULL RETURNING reference`,
        ],
        report: (results) => {
          const count = results[0]?.length ?? 0;
          if (count === 0) {
            return {
              ok: false,
              text: one ? `No failed referral ${input.reference} (it may be delivered, in retry or erased).` : `Network ${input.network} has no failed referrals.`,
            };
          }
          return { ok: true, text: `${count} referral${count === 1 ? '' : 's'} marked for delivery; the sweep queues ${count === 1 ? 'it' : 'them'} within ten minutes.` };
        },
      };
    },
  },
];
