/** @module Response headers: who may load, frame and cache what this worker answers. */
import { createMiddleware } from 'hono/factory';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';

/**
 * One Content-Security-Policy for every response. Only documents act on it, and it is the
 * strictest a partner is likely to have (no 'unsafe-inline' anywhere), so the demo pages prove
 * the widget works under it. `connect-src 'self'`: the widget fetches texts from its own origin.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Hono's secure headers on everything, with `overwrite: false` so that a route may loosen one
 * header on purpose: the widget and the public API set `Cross-Origin-Resource-Policy:
 * cross-origin` where the default `same-origin` would stop partner sites from using them.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy,
  referrerPolicy: 'strict-origin-when-cross-origin',
  xFrameOptions: 'DENY',
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  overwrite: false,
});

const crossOriginResource = createMiddleware(async (c, next) => {
  await next();
  c.header('Cross-Origin-Resource-Policy', 'cross-origin');
});

/**
 * For what partner sites load from another origin: widget.js and the API it calls. Any origin,
 * and never credentials, because nothing here uses cookies. CORS covers `fetch` and
 * `<script crossorigin>`; CORP covers plain `<script>` on partner pages that send COEP.
 */
export const publicResource = [cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }), crossOriginResource] as const;
