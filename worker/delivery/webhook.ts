/** @module Sending to a webhook channel: one signed JSON POST. */
import type { NetworkChannel } from '../data';
import type { ChannelOutcome, Outgoing } from './message';
import { signDelivery } from './signature';

/** A receiver that has not answered in ten seconds counts as down; the queue retries later. */
const TIMEOUT_MS = 10_000;

/**
 * A target starting with `/` is a path on this worker (the development inbox), reached over real
 * HTTP at DEV_ORIGIN so that signing is exercised end to end. Without DEV_ORIGIN, as in production,
 * it cannot be reached.
 */
function urlFor(env: Env, target: string): URL | null {
  if (!target.startsWith('/')) return new URL(target);
  return env.DEV_ORIGIN ? new URL(target, env.DEV_ORIGIN) : null;
}

/**
 * POSTs the outgoing body, signed in the channel's format (signature.ts). Any 2xx is success; a
 * redirect is not followed (the body goes only where the network configured) and counts as failure.
 */
export async function sendWebhook(env: Env, channel: NetworkChannel, outgoing: Outgoing, now: Date): Promise<ChannelOutcome> {
  const body = JSON.stringify(outgoing.body);
  const signing = await signDelivery(env, channel, outgoing.deliveryId, body, now);
  if ('error' in signing) return { ok: false, detail: signing.error };
  const url = urlFor(env, channel.target);
  if (url === null) return { ok: false, detail: 'Relative webhook target needs the DEV_ORIGIN var' };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'CyberScan-Delivery/1',
        ...signing.headers,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // The answer's body is of no use; cancelling it frees the connection.
    await response.body?.cancel();
    return { ok: response.ok, detail: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
