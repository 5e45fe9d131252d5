/**
 * @module The network console's page and its built files: `GET /console`, `/console.js`,
 * `/console.css`. The console reads and changes referrals through `/api/v1/console`
 * (worker/routes/network-referrals.ts) with the access token the user signs in with.
 */
import { Hono } from 'hono';
import { consolePage } from '../pages/console';
import { pageAsset } from './page-asset';

export const consoleSite = new Hono<{ Bindings: Env }>()
  // The shell holds no data, but it is never worth keeping an old one that names old files.
  .get('/console', (c) => c.html(consolePage(), 200, { 'Cache-Control': 'no-cache' }))
  .get('/console.js', (c) => pageAsset(c, 'js'))
  .get('/console.css', (c) => pageAsset(c, 'css'));
