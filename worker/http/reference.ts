/** @module The reference data (partners, networks, areas, provinces) for a request, from the isolate's copy. */
import type { Context } from 'hono';
import { referenceData, type ReferenceData } from '../data';

/** The copy for this request; a due refresh goes on after the response (worker/data/reference-cache.ts). */
export const referenceOf = <E extends { Bindings: Env }>(c: Context<E>): Promise<ReferenceData> =>
  referenceData(c.env, (promise) => c.executionCtx.waitUntil(promise));
