/** Calls the worker the way a browser would, through its real entry point and bindings. */
import { exports } from 'cloudflare:workers';

export const ORIGIN = 'http://127.0.0.1:8787';

export const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${ORIGIN}${path}`, init));

/** A made-up client address, new for each request unless given, so rate limits stay out of the way. */
export const someClientAddress = () => `2001:db8::${crypto.randomUUID().slice(0, 4)}:${crypto.randomUUID().slice(0, 4)}`;

/**
 * A JSON POST as the widget sends it: from this worker's own origin (the demo pages) unless the
 * headers say otherwise. Pass `body` as a string to send it exactly as given.
 */
export function postRequest(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'CF-Connecting-IP': someClientAddress(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const post = (path: string, body: unknown, headers?: Record<string, string>) =>
  exports.default.fetch(postRequest(path, body, headers));
