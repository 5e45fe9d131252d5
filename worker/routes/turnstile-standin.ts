/**
 * @module The local stand-in for Cloudflare Turnstile at /dev/turnstile: its script (`api.js`)
 * and its siteverify endpoint, both behaving like Cloudflare's published test keys
 * (worker/dev/). `npm start` and the browser tests point TURNSTILE_SCRIPT_URL and
 * TURNSTILE_VERIFY_URL here. Exists only with DEV_TURNSTILE=on; in production every path is 404.
 */
import { Hono } from 'hono';
import { siteverifyOutcome } from '../dev/turnstile-keys';
import { turnstileStandInScript } from '../dev/turnstile-script';
import { notFound } from '../http/errors';
import { publicResource } from '../http/headers';

export const turnstileStandIn = new Hono<{ Bindings: Env }>()
  .use(async (c, next) => (c.env.DEV_TURNSTILE === 'on' ? next() : notFound(c)))
  .use('/api.js', ...publicResource)
  .get('/api.js', (c) => c.body(turnstileStandInScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }))
  // Like Cloudflare's, it takes a form or JSON body and always answers JSON.
  .post('/siteverify', async (c) => {
    const type = c.req.header('Content-Type') ?? '';
    const fields: Record<string, unknown> = type.includes('application/json')
      ? await c.req.json<Record<string, unknown>>().catch(() => ({}))
      : await c.req.parseBody();
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    return c.json(siteverifyOutcome(text(fields.secret), text(fields.response)));
  });
