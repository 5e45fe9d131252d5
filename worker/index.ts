/**
 * @module The worker's entry. Cloudflare calls one handler per kind of event; HTTP goes to the
 * Hono app, queued referrals to the delivery consumer, the cron trigger to the sweep.
 */
import { app } from './app';
import { deliverReferrals } from './delivery/consumer';
import { sweepReferrals } from './delivery/sweep';

export default {
  fetch: app.fetch,
  queue: deliverReferrals,
  scheduled: sweepReferrals,
} satisfies ExportedHandler<Env>;
