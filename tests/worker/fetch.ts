/** Calls the worker the way a browser would, through its real entry point and bindings. */
import { exports } from 'cloudflare:workers';

export const ORIGIN = 'http://127.0.0.1:8787';

export const get = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
