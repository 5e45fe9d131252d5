/** @module The reference data (partners, networks, areas, provinces) for a request, from the isolate's copy. */
import type { Context } from 'hono';
import { referenceData, type ReferenceData } from '../data';

// One copy per request, however many steps ask: they see the same data, and with the copy turned
// off (REFERENCE_CACHE_SECONDS=0, as in the worker tests) a request still reads D1 only once.
const perRequest = new WeakMap<Request, Promise<ReferenceData>>();

/** The copy for this request; a due refresh goes on after the response (worker/data/reference-cache.ts). */
export function referenceOf<E extends { Bindings: Env }>(c: Context<E>): Promise<ReferenceData> {
  let data = perRequest.get(c.req.raw);
  if (data === undefined) {
    data = referenceData(c.env, (promise) => c.executionCtx.waitUntil(promise));
    perRequest.set(c.req.raw, data);
  }
  return data;
}
