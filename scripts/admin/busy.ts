/**
 * @module Retrying a local database that is busy: `npm start` (wrangler dev) writes to the same
 * SQLite file, and under load a write of the tool can meet SQLITE_BUSY. A few tries with a growing
 * pause, then a clear message instead of SQLite's.
 */
import { DatabaseError } from './d1-error';

/** Tries in all, and the pause before each retry in milliseconds (about 3.5 s in all). */
export const BUSY_PAUSES_MS: readonly number[] = [250, 500, 1000, 2000];

const isBusy = (error: unknown) => error instanceof DatabaseError && /SQLITE_BUSY|database is locked/i.test(error.message);

/** Sleeps synchronously: the tool runs wrangler synchronously too, and has nothing else to do. */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `attempt`, again after each pause while the database answers busy; `pause` is for tests. */
export function retryWhileBusy<T>(attempt: () => T, pause: (ms: number) => void = sleep): T {
  for (const ms of BUSY_PAUSES_MS) {
    try {
      return attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      pause(ms);
    }
  }
  try {
    return attempt();
  } catch (error) {
    if (!isBusy(error)) throw error;
    throw new DatabaseError(
      `the database stayed busy (SQLITE_BUSY) through ${BUSY_PAUSES_MS.length + 1} tries over ` +
        `${BUSY_PAUSES_MS.reduce((a, b) => a + b, 0) / 1000} s: another process is writing to it (npm start?). Nothing was changed; try again.`,
    );
  }
}
