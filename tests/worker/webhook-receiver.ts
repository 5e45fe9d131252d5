/**
 * A network's webhook receiver for the signing tests: captures what the worker's real queue
 * handler sends, and checks it with the maintained `standardwebhooks` library, as the README tells
 * receivers to (never with this project's own signing code).
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Webhook } from 'standardwebhooks';
import { vi } from 'vitest';
import worker from '../../worker/index';
import { createReferral, sha256Hex } from '../../worker/data';
import { withdrawReferral } from '../../worker/data/withdrawal';
import { newReferral } from './data/referral-fixture';

/** A secret in the `whsec_` format, from a readable seed (32 bytes, as the admin tool makes them). */
export const whsec = (seed: string) => `whsec_${btoa(seed.padEnd(32, '.').slice(0, 32))}`;

/** One request as the receiver got it. */
export interface Received {
  readonly url: string;
  readonly headers: Headers;
  readonly body: string;
}

/** Answers the given statuses in turn (the last one from then on) and keeps every request. */
export function receiverAnswering(...statuses: number[]): Received[] {
  const received: Received[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    received.push({ url: request.url, headers: request.headers, body: await request.text() });
    return new Response(null, { status: statuses[Math.min(received.length - 1, statuses.length - 1)] });
  });
  return received;
}

/** Runs the worker's real queue handler on one message body, as the queue's `attempts`-th try. */
export async function consume(body: unknown, testEnv: Env, attempts = 1) {
  const batch = createMessageBatch('cyberscan-referrals', [{ id: `m-${attempts}`, timestamp: new Date(), attempts, body }]);
  await worker.queue(batch, testEnv);
  return getQueueResult(batch, createExecutionContext());
}

/** A new referral for `networkId`, in real D1. */
export async function referralTo(networkId: string, companyName = 'Bakkerij De Korenschoof') {
  const key = await sha256Hex(`${networkId}-${companyName}-${crypto.randomUUID()}`);
  return (await createReferral(env.DB, { ...newReferral, networkId, companyName }, key)).referral;
}

/** A referral withdrawn by the entrepreneur, its notice owed to `networkId`. */
export async function withdrawnReferralTo(networkId: string) {
  const referral = await referralTo(networkId);
  await withdrawReferral(env.DB, referral.reference, newReferral.email);
  return referral;
}

/**
 * What `standardwebhooks` makes of a received request with `secret`: the parsed body when the
 * signature holds, else the library's error message (it throws on anything wrong).
 */
export function libraryVerdict(secret: string, received: Pick<Received, 'headers' | 'body'>): unknown {
  const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, received.headers.get(name) ?? '']));
  try {
    return new Webhook(secret).verify(received.body, headers);
  } catch (error) {
    return `rejected: ${(error as Error).message}`;
  }
}

/** The same request with one header changed, as a forger or a broken proxy would send it. */
export const withHeader = (received: Received, name: string, value: string): Received => {
  const headers = new Headers(received.headers);
  headers.set(name, value);
  return { ...received, headers };
};
