/**
 * @module The access token of the signed-in user. Kept in sessionStorage only: it goes when the
 * browser tab closes, is never shared with other tabs, and is never written to localStorage or a
 * cookie, so a forgotten laptop does not stay signed in.
 */

const KEY = 'cyberscan-console-token';

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string): void {
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Storage blocked: the session then lasts as long as the page, which is still usable.
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
