/**
 * @module The isolate's copy of the reference data (partners, networks, areas, provinces), so
 * that no hot request waits on D1 for tables that change a few times a year.
 *
 * Why a time limit and not a version marker: the admin tool writes D1 directly, so an isolate can
 * only learn of a change by asking D1, and asking on every request is the round trip this saves.
 * Instead the copy has a maximum age, REFERENCE_CACHE_SECONDS (default 60):
 * - younger than half of it, it is served as is;
 * - from half of it on, it is still served, and one refresh runs in the background
 *   (`waitUntil`), so under traffic a change is usually seen within half the time;
 * - at the maximum age or older it is never served: the request waits for a fresh copy. If D1
 *   fails then, the request fails as it would have without the copy.
 * So a change made with the admin tool (an origin removed, a network switched off) is seen by
 * every isolate within REFERENCE_CACHE_SECONDS, also while D1 fails; and a failing background
 * refresh keeps the last good copy until then. The age counts from when its read began.
 * The worker's own changes to these tables call {@link invalidateReferenceData}: that isolate
 * sees them at once, the others within the time above.
 */
import { loadReferenceData, type ReferenceData } from './reference-data';

/** A minute: an operator who removes an origin can wait that long; D1 is asked once a minute per isolate. */
export const DEFAULT_REFERENCE_CACHE_SECONDS = 60;
/** An hour at most: a longer wait after removing an origin is not acceptable. */
const MAX_REFERENCE_CACHE_SECONDS = 3600;

/** Where a refresh may go on after the response (ExecutionContext.waitUntil). */
export type WaitUntil = (promise: Promise<unknown>) => void;

/** One isolate's copy. {@link createReferenceCache} makes a new, empty one, as a fresh isolate has. */
export interface ReferenceCache {
  /** The copy, loaded first if it is missing or `maxAgeMs` old; see the module comment. */
  get(db: D1Database, maxAgeMs: number, waitUntil?: WaitUntil): Promise<ReferenceData>;
  /** Forgets the copy, so that the next `get` reads D1. */
  invalidate(): void;
}

/** The configured maximum age in seconds; 0 turns the copy off (every request reads D1). */
export function referenceCacheSeconds(env: Pick<Env, 'REFERENCE_CACHE_SECONDS'>): number {
  const value = env.REFERENCE_CACHE_SECONDS;
  if (value === undefined || value.trim() === '') return DEFAULT_REFERENCE_CACHE_SECONDS;
  const seconds = Number(value);
  if (Number.isInteger(seconds) && seconds >= 0 && seconds <= MAX_REFERENCE_CACHE_SECONDS) return seconds;
  // A typo must not lengthen how long a removed origin keeps working: the default, and say so.
  console.error(`REFERENCE_CACHE_SECONDS=${JSON.stringify(value)} is not 0-${MAX_REFERENCE_CACHE_SECONDS}; using ${DEFAULT_REFERENCE_CACHE_SECONDS}`);
  return DEFAULT_REFERENCE_CACHE_SECONDS;
}

/** An empty copy; `now` is the clock (in Workers it moves on with each I/O, which is all this needs). */
export function createReferenceCache(now: () => number = Date.now): ReferenceCache {
  let copy: { readonly data: ReferenceData; readonly loadedAt: number } | null = null;
  let loading: Promise<ReferenceData> | null = null;
  // Bumped by invalidate, so that a read begun before it cannot bring back what it replaced.
  let generation = 0;

  function load(db: D1Database): Promise<ReferenceData> {
    const startedAt = now();
    const startedIn = generation;
    const promise = loadReferenceData(db)
      .then((data) => {
        if (startedIn === generation) copy = { data, loadedAt: startedAt };
        return data;
      })
      .finally(() => {
        if (loading === promise) loading = null;
      });
    loading = promise;
    return promise;
  }

  return {
    get(db, maxAgeMs, waitUntil) {
      const age = copy === null ? Infinity : now() - copy.loadedAt;
      if (copy !== null && age < maxAgeMs) {
        if (age >= maxAgeMs / 2 && loading === null && waitUntil !== undefined) {
          waitUntil(load(db).catch((error: unknown) => console.error('Refreshing the reference data failed; the last copy stays in use:', error)));
        }
        return Promise.resolve(copy.data);
      }
      return loading ?? load(db);
    },
    invalidate() {
      generation += 1;
      copy = null;
      loading = null;
    },
  };
}

const isolateCopy = createReferenceCache();

/** The reference data for a request: this isolate's copy, within the configured age. */
export const referenceData = (env: Env, waitUntil?: WaitUntil): Promise<ReferenceData> =>
  isolateCopy.get(env.DB, referenceCacheSeconds(env) * 1000, waitUntil);

/** Call after the worker itself changed partners, networks, areas or provinces. */
export const invalidateReferenceData = (): void => isolateCopy.invalidate();
