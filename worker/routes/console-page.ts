/**
 * @module The network console's page, `GET /console` (its built `/console.js` and `/console.css`
 * are served by routes/built-files.ts). The console reads and changes referrals through `/api/v1/console`
 * (worker/routes/inbox.ts) with the access token the user signs in with.
 */
import { Hono } from 'hono';
import { consolePage } from '../pages/console';

export const consoleSite = new Hono<{ Bindings: Env }>()
  // The shell holds no data, but it is never worth keeping an old one that names old files.
  .get('/console', (c) => c.html(consolePage(), 200, { 'Cache-Control': 'no-cache' }));
