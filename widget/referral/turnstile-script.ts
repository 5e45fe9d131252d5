/**
 * @module Loading Turnstile's script once per page, only when a referral form needs it. The URL
 * comes from the worker (GET /api/v1/protection), so development and tests use the local stand-in.
 */

/** The part of Turnstile's explicit-render API the form uses. */
export interface TurnstileApi {
  render(container: HTMLElement, params: {
    sitekey: string;
    callback: (token: string) => void;
    'error-callback': () => void;
    'expired-callback': () => void;
  }): string | null | undefined;
  remove(id: string): void;
}

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

let loading: Promise<TurnstileApi> | null = null;

/**
 * Resolves with `window.turnstile` once the script ran. Rejects when it cannot load: a Content
 * Security Policy without the script's origin, an ad blocker or no network all end as `error`.
 */
export function loadTurnstile(scriptUrl: string): Promise<TurnstileApi> {
  if (window.turnstile) return Promise.resolve(window.turnstile);
  loading ??= new Promise<TurnstileApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = scriptUrl;
    script.async = true;
    script.onload = () => (window.turnstile ? resolve(window.turnstile) : reject(new Error('no turnstile')));
    script.onerror = () => reject(new Error('blocked'));
    document.head.append(script);
  }).catch((error: unknown) => {
    // A later form may try again (the visitor may have allowed the script meanwhile).
    loading = null;
    throw error;
  });
  return loading;
}
