/** @module Sending to a webhook channel: one signed JSON POST. */
import type { NetworkChannel } from '../data';
import type { ChannelOutcome, Outgoing } from './message';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, signWebhook } from './signature';

/** A receiver that has not answered in ten seconds counts as down; the queue retries later. */
const TIMEOUT_MS = 10_000;

/** The HMAC key a channel names; keys live in Worker secrets, never in D1. */
function secretFor(env: Env, channel: NetworkChannel): string | null {
  const value: unknown = channel.secretRef === null ? undefined : (env as unknown as Record<string, unknown>)[channel.secretRef];
  return typeof value === 'string' && value !== '' ? value : null;
}

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
 * POSTs the outgoing body, signed with the channel's secret. Any 2xx is success; a redirect is not
 * followed (the body goes only where the network configured) and counts as failure.
 */
export async function sendWebhook(env: Env, channel: NetworkChannel, outgoing: Outgoing, now: Date): Promise<ChannelOutcome> {
  const secret = secretFor(env, channel);
  if (secret === null) return { ok: false, detail: `Signing secret ${channel.secretRef ?? '(none configured)'} is not set` };
  const url = urlFor(env, channel.target);
  if (url === null) return { ok: false, detail: 'Relative webhook target needs the DEV_ORIGIN var' };
  const body = JSON.stringify(outgoing.body);
  const timestamp = Math.floor(now.getTime() / 1000);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'CyberScan-Delivery/1',
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: await signWebhook(secret, timestamp, body),
        [DELIVERY_HEADER]: outgoing.deliveryId,
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
