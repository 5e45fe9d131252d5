/**
 * @module The demo partner pages and their own CSS and JavaScript: what a newcomer opens first
 * after `npm start`, and what the browser tests drive.
 */
import { Hono, type Context } from 'hono';
import { homePage } from '../pages/home';
import { hostileCssPage, hostileStylesheet } from '../pages/hostile-css';
import { multiplePage } from '../pages/multiple';
import { siteStylesheet } from '../pages/site-stylesheet';
import { spaScript } from '../pages/spa-script';

const CSS = { 'Content-Type': 'text/css; charset=utf-8' };
const JS = { 'Content-Type': 'text/javascript; charset=utf-8' };

const originOf = (c: Context) => new URL(c.req.url).origin;

export const demo = new Hono()
  .get('/', (c) => c.html(homePage(originOf(c))))
  .get('/demo/hostile-css', (c) => c.html(hostileCssPage(originOf(c))))
  .get('/demo/multiple', (c) => c.html(multiplePage(originOf(c))))
  .get('/demo/site.css', (c) => c.body(siteStylesheet, 200, CSS))
  .get('/demo/hostile.css', (c) => c.body(hostileStylesheet, 200, CSS))
  .get('/demo/spa.js', (c) => c.body(spaScript, 200, JS));
