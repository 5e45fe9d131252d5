/**
 * @module The iframe embed: `GET /frame?partner=&lang=` (the page), `/frame.js` and `/frame.css`
 * (its own), and `/frame-resizer.js`, the optional script for the host page. Only the sites the
 * partner registered may frame it as that partner (CSP frame-ancestors): inside the frame the
 * widget posts from this worker's own origin, which the API trusts.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { getPartner } from '../data';
import { publicResource } from '../http/headers';
import { turnstileWidgetConfig } from '../http/turnstile';
import { validate } from '../http/validate';
import { framePage, frameStylesheet } from '../pages/frame';
import { frameResizer, frameScript } from '../pages/frame-scripts';
import { lang, networkId, partnerId } from '../schemas/fields';

const JS = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
// `network`: the page's network, as on a network's own site; the invitation to do the check
// again sets it, so the re-check counts for the network that invited it (core/recheck-invitation.ts).
const frameQuery = z.object({ partner: partnerId, lang: lang.default('nl'), network: networkId.optional() });

/** The strict policy of every page here, framable by `ancestors`, and loading Turnstile where configured. */
function framePolicy(ancestors: readonly string[], turnstileScript: string | null): string {
  const turnstile = turnstileScript === null ? '' : ` ${new URL(turnstileScript).origin}`;
  return [
    "default-src 'none'", `script-src 'self'${turnstile}`, "style-src 'self'", "connect-src 'self'",
    "img-src 'self' data:", `frame-src${turnstile || " 'none'"}`, "base-uri 'none'", "form-action 'self'",
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export const frame = new Hono<{ Bindings: Env }>()
  .get('/frame', validate('query', frameQuery), async (c) => {
    const { partner: id, lang: language, network } = c.req.valid('query');
    const partner = await getPartner(c.env.DB, id);
    const policy = framePolicy(partner?.allowedOrigins ?? [], turnstileWidgetConfig(c.env)?.scriptUrl ?? null);
    // frame-ancestors decides who may frame it; X-Frame-Options (DENY elsewhere) is dropped in app.ts.
    return c.html(framePage(id, language, network), 200, { 'Content-Security-Policy': policy, 'Cache-Control': 'no-store' });
  })
  .get('/frame.js', (c) => c.body(frameScript, 200, JS))
  .get('/frame.css', (c) => c.body(frameStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
  .use('/frame-resizer.js', ...publicResource)
  .get('/frame-resizer.js', (c) => c.body(frameResizer, 200, JS));
