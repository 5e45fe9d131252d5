/**
 * @module The worker of the API benchmark: the real worker (worker/index.ts), plus two bare
 * routes under `/bench/` that do nothing but answer JSON, the baseline each hot route is measured
 * against in the same isolate. Only `npm run bench` runs this entry (scripts/bench/speed/api.ts);
 * wrangler.toml's `main` and production never see it.
 */
import { Hono } from 'hono';
import worker from '../../worker/index';

const bare = new Hono()
  .get('/bench/bare', (c) => c.json({ ok: true }))
  .post('/bench/bare', async (c) => c.json({ received: Object.keys(await c.req.json<object>()).length }, 201));

export default {
  ...worker,
  fetch: (request, env, ctx) =>
    new URL(request.url).pathname.startsWith('/bench/') ? bare.fetch(request, env, ctx) : worker.fetch(request, env, ctx),
} satisfies ExportedHandler<Env>;
