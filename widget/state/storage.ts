/**
 * @module Storage that never throws. localStorage can be missing, blocked (privacy settings,
 * sandboxed iframes throw a SecurityError on mere access) or full; a memory copy keeps the
 * assessment working for as long as the page is open.
 */

const memory = new Map<string, string>();

/** The saved value: this page's memory copy is always the newest, else what a reload left. */
export function readStored(key: string): string | null {
  if (memory.has(key)) return memory.get(key)!;
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  memory.set(key, value);
  try {
    localStorage.setItem(key, value);
  } catch {
    // Blocked or full: the memory copy is enough until the page closes.
  }
}

export function removeStored(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    // Blocked: there is nothing saved to remove.
  }
}
