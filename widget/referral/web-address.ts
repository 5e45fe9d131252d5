/** @module Which network websites may become links. */

/** Operators enter the website; only a web address becomes a link (never `javascript:` or the like). */
export const webAddress = (url: string | null): string | null => (url && /^https?:\/\//i.test(url) ? url : null);
