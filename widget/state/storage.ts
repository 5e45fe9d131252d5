/**
 * @module Storage that never throws. localStorage can be missing, blocked (privacy settings,
 * sandboxed iframes throw a SecurityError on mere access) or full; a memory copy keeps the
 * assessment working for as long as the page is open. `storeSoon` keeps saving off the
 * interaction path: a click's screen is painted before its progress is serialised and written.
 */
import { whenIdle } from '../when-idle';

const memory = new Map<string, string>();
/** Values to save after the next paint, made then (the newest wins); null removes. */
const pending = new Map<string, () => string | null>();

/** Writes everything `storeSoon` left for later, now. */
export function flushStored(): void {
  for (const [key, value] of pending) {
    const text = value();
    if (text === null) removeStored(key);
    else writeStored(key, text);
  }
  pending.clear();
}

/**
 * Saves `value()` when the page is next idle (localStorage writes are synchronous, and on a slow
 * phone they and the JSON cost a visible part of a screen change), or at once when the page is
 * hidden or left: idle callbacks may never come in a background tab.
 */
export function storeSoon(key: string, value: () => string | null): void {
  if (pending.size === 0) whenIdle(flushStored);
  pending.set(key, value);
}

addEventListener('pagehide', flushStored);
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flushStored());

/** The saved value: this page's memory copy is always the newest, else what a reload left. */
export function readStored(key: string): string | null {
  if (pending.has(key)) flushStored();
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
