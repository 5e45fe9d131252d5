/** @module What a view shows while its data loads or after loading failed: the reason and a retry. */
import type { ApiFailure } from '../api/failure';

export function Loading() {
  return <p class="loading">Laden…</p>;
}

/** The live region has already read `failure` out; this is the visible copy with the way forward. */
export function LoadFailed({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  return (
    <div class="problem">
      <p>{failure.message}</p>
      <button type="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </div>
  );
}
