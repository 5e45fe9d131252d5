/** @module Per-client rate limits, with the Workers Rate Limiting bindings of wrangler.toml. */
import { createMiddleware } from 'hono/factory';
import { jsonError } from './errors';

type Limiter = 'RESULTS_RATE_LIMIT' | 'REFERRALS_RATE_LIMIT';

/** The period both limiters have in wrangler.toml: after it, a refused client may try again. */
const PERIOD_SECONDS = 60;

/**
 * Counts the request against `limiter`, keyed by the client's address, and answers 429 with
 * `Retry-After` over the limit. The address is the key and nothing else: never stored, never
 * logged. `wrangler dev` may leave CF-Connecting-IP out; then all local requests share one key.
 */
export const rateLimit = (limiter: Limiter) =>
  createMiddleware<{ Bindings: Env }>(async (c, next) => {
    const key = c.req.header('CF-Connecting-IP') ?? 'local';
    const { success } = await c.env[limiter].limit({ key });
    if (!success) {
      c.header('Retry-After', String(PERIOD_SECONDS));
      return jsonError(c, 429, 'rate_limited', `Too many requests; try again in ${PERIOD_SECONDS} seconds.`);
    }
    await next();
  });
