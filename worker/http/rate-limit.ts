/** @module Per-client rate limits, with the Workers Rate Limiting bindings of wrangler.toml. */
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { jsonError } from './errors';

type Limiter = 'RESULTS_RATE_LIMIT' | 'REFERRALS_RATE_LIMIT' | 'UNREGISTERED_RATE_LIMIT' | 'REGISTRATIONS_RATE_LIMIT';

/** The period every limiter has in wrangler.toml: after it, a refused client may try again. */
const PERIOD_SECONDS = 60;

/**
 * Counts the request against `limiter`, keyed by the client's address; true when over the limit.
 * The address is the key and nothing else: never stored, never logged. `wrangler dev` may leave
 * CF-Connecting-IP out; then all local requests share one key.
 */
export async function overLimit<E extends { Bindings: Env }>(c: Context<E>, limiter: Limiter): Promise<boolean> {
  const key = c.req.header('CF-Connecting-IP') ?? 'local';
  const { success } = await c.env[limiter].limit({ key });
  return !success;
}

/** 429 with `Retry-After`. */
export function refuseOverLimit(c: Context) {
  c.header('Retry-After', String(PERIOD_SECONDS));
  return jsonError(c, 429, 'rate_limited', `Too many requests; try again in ${PERIOD_SECONDS} seconds.`);
}

/** Answers 429 with `Retry-After` when the request is over `limiter`'s limit. */
export const rateLimit = (limiter: Limiter) =>
  createMiddleware<{ Bindings: Env }>(async (c, next) => {
    if (await overLimit(c, limiter)) return refuseOverLimit(c);
    await next();
  });
