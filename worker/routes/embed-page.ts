/**
 * @module The partner tools page, `GET /embed` (its built `/embed.js` and `/embed.css` are served
 * by routes/built-files.ts).
 * The page shows this deployment's own origin in the code and the CSP, taken from the request.
 */
import { Hono } from 'hono';
import { embedPage } from '../pages/embed';

export const embedSite = new Hono<{ Bindings: Env }>()
  .get('/embed', (c) => c.html(embedPage(new URL(c.req.url).origin)));
