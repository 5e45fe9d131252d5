/**
 * @module The partner tools page and its built files: `GET /embed`, `/embed.js`, `/embed.css`.
 * The page shows this deployment's own origin in the code and the CSP, taken from the request.
 */
import { Hono } from 'hono';
import { embedPage } from '../pages/embed';
import { pageAsset } from './page-asset';

export const embedSite = new Hono<{ Bindings: Env }>()
  .get('/embed', (c) => c.html(embedPage(new URL(c.req.url).origin)))
  .get('/embed.js', (c) => pageAsset(c, 'js'))
  .get('/embed.css', (c) => pageAsset(c, 'css'));
