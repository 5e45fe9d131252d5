/**
 * @module The worker's entry. Cloudflare calls one handler per kind of event; HTTP goes to the
 * Hono app, and queue consumers and cron jobs sit beside it as `queue` and `scheduled`.
 */
import { app } from './app';

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
