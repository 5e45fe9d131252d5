/**
 * @module The worker's entry. Cloudflare calls one handler per kind of event; HTTP goes to the
 * Hono app, queued referrals to the delivery consumer, and each cron trigger (wrangler.toml
 * `[triggers]`) to its job: the daily one to retention, every other to the sweep.
 */
import { app } from './app';
import { eraseExpiredRegistrationEmails } from './data/registration-retention';
import { eraseExpiredReferrals } from './data/retention';
import { RETENTION_CRON, retentionPolicy } from './data/retention-policy';
import { forgetEndedSessions } from './data/sessions';
import { deliverReferrals } from './delivery/consumer';
import { sweepReferrals } from './delivery/sweep';

/**
 * Erases the personal data of referrals past their retention period (worker/data/retention.ts),
 * the contact e-mail of partner registrations past theirs (worker/data/registration-retention.ts),
 * and forgets console sessions that ended (worker/data/sessions.ts).
 */
async function applyRetention(controller: ScheduledController, env: Env): Promise<void> {
  const now = new Date(controller.scheduledTime);
  const erased = await eraseExpiredReferrals(env.DB, retentionPolicy(env), now);
  if (erased > 0) console.log(`Retention: personal data of ${erased} referrals erased`);
  const emails = await eraseExpiredRegistrationEmails(env.DB, retentionPolicy(env), now);
  if (emails > 0) console.log(`Retention: contact e-mail of ${emails} partner registrations erased`);
  await forgetEndedSessions(env.DB, now);
}

export default {
  fetch: app.fetch,
  queue: deliverReferrals,
  scheduled: (controller, env) =>
    controller.cron === RETENTION_CRON ? applyRetention(controller, env) : sweepReferrals(controller, env),
} satisfies ExportedHandler<Env>;
