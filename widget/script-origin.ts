/** @module Where widget.js was loaded from: the default API origin, and the host of its chunks. */

// document.currentScript is only set while a classic script runs its first, synchronous pass
// (async scripts included), so it is read once at load. It is null in modules and tests: then
// the API is asked on the page's own origin.
const src = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

export const scriptOrigin: string = src ? new URL(src).origin : '';
