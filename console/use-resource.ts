/**
 * @module Loads one thing from the API for a view: loading, failed (with retry) or loaded, each
 * announced in the live region. An answer that arrives after a newer request started is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiFailure } from './api/failure';
import { useAnnounce } from './announcer';

export type Resource<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly failure: ApiFailure }
  | { readonly state: 'loaded'; readonly value: T };

/**
 * Calls `load` now and whenever `key` changes (a string of everything the request depends on).
 * `loaded(value)` is what the live region says when it arrives. `replace` swaps the value for
 * one the view got otherwise, such as the answer to a change it made.
 */
export function useResource<T>(key: string, load: () => Promise<T>, loaded: (value: T) => string) {
  const announce = useAnnounce();
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const latest = useRef(0);
  const run = useCallback(() => {
    const request = ++latest.current;
    setResource({ state: 'loading' });
    announce('Laden…');
    load().then(
      (value) => {
        if (request !== latest.current) return;
        setResource({ state: 'loaded', value });
        announce(loaded(value));
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        const failure = error instanceof ApiFailure ? error : new ApiFailure(0, 'unknown', 'Er ging iets mis. Probeer het opnieuw.');
        setResource({ state: 'failed', failure });
        announce(failure.message);
      },
    );
    // `load` and `loaded` are new functions on every render; `key` says when the request changes.
  }, [key]);
  useEffect(() => {
    run();
    return () => void ++latest.current;
  }, [run]);
  const replace = useCallback((value: T) => setResource({ state: 'loaded', value }), []);
  return { resource, retry: run, replace };
}
