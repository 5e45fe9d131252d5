/**
 * @module Signing a webhook delivery in its channel's format, with the channel's secrets: the
 * current one, and during a rotation also the previous one until its overlap ends. The secrets
 * are Worker secrets that the channel names; D1 holds only their names.
 */
import type { NetworkChannel } from '../data';
import { legacyHeaders } from './signature-legacy';
import { standardHeaders, standardKey } from './signature-standard';

/** The signing headers, or why the channel cannot sign (that goes into the attempts log). */
export type Signing = { readonly headers: Record<string, string> } | { readonly error: string };

function secretNamed(env: Env, name: string): string | null {
  const value: unknown = (env as unknown as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The previous secret's name while its overlap lasts. */
function previousRef(channel: NetworkChannel, now: Date): string | null {
  const previous = channel.previousSecret;
  return previous !== null && Date.parse(previous.until) > now.getTime() ? previous.ref : null;
}

/**
 * The headers that sign `body` for `channel`, sent at `now`. A legacy channel carries one
 * signature, the current secret's: its receivers' code reads only one. A standard channel needs
 * secrets in the `whsec_` format, which its receivers' libraries decode.
 */
export async function signDelivery(env: Env, channel: NetworkChannel, deliveryId: string, body: string, now: Date): Promise<Signing> {
  const current = channel.secretRef === null ? null : secretNamed(env, channel.secretRef);
  if (current === null) return { error: `Signing secret ${channel.secretRef ?? '(none configured)'} is not set` };
  const timestamp = Math.floor(now.getTime() / 1000);
  if (channel.signatureFormat === 'legacy') return { headers: await legacyHeaders(current, deliveryId, timestamp, body) };
  const previousName = previousRef(channel, now);
  // A previous secret already deleted from the Worker signs nothing; the current one still does.
  const previous = previousName === null ? null : secretNamed(env, previousName);
  const keys = [];
  for (const [name, secret] of [[channel.secretRef, current], [previousName, previous]] as const) {
    if (secret === null) continue;
    const key = standardKey(secret);
    if (key === null) return { error: `Signing secret ${name} is not in the whsec_ format of the standard signature; rotate it` };
    keys.push(key);
  }
  return { headers: await standardHeaders(keys, deliveryId, timestamp, body) };
}
