/**
 * @module The partner tools page, `GET /embed` (its built `/embed.js` and `/embed.css` are served
 * by routes/built-files.ts).
 * The page shows this deployment's own origin in the code and the CSP, taken from the request.
 * Its registration form renders Turnstile, so its CSP adds Turnstile's origin where configured.
 */
import { Hono } from 'hono';
import { retentionPolicy } from '../data/retention-policy';
import { pagePolicy } from '../http/page-policy';
import { turnstileWidgetConfig } from '../http/turnstile';
import { embedPage } from '../pages/embed';

export const embedSite = new Hono<{ Bindings: Env }>().get('/embed', (c) => {
  const turnstile = turnstileWidgetConfig(c.env);
  const page = embedPage(new URL(c.req.url).origin, { turnstile, retention: retentionPolicy(c.env) });
  return c.html(page, 200, { 'Content-Security-Policy': pagePolicy([], turnstile?.scriptUrl ?? null) });
});
