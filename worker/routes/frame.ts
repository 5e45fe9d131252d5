/**
 * @module The iframe embed: `GET /frame?partner=&lang=` (the page), `/frame.js` and `/frame.css`
 * (its own), and `/frame-resizer.js`, the optional script for the host page.
 *
 * A partner with registered sites: only those may frame it (CSP frame-ancestors), and inside the
 * frame the widget posts from this worker's own origin as that partner. Any other partner id (not
 * registered, or still pending): any site may frame it, but the widget inside runs as the partner
 * "niet-geregistreerde sites", whose posts get the stricter protection of unregistered sites
 * (worker/http/partner-origin.ts: its rate limit and Turnstile) however same-origin they are.
 * The framing site's host name comes from the Referer of the frame's request and is kept in the
 * frame's URL (`site`), so the widget's posts, whose Referer that URL is, name it.
 */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { getPartner, UNREGISTERED_PARTNER_ID } from '../data';
import { publicResource } from '../http/headers';
import { pagePolicy } from '../http/page-policy';
import { FRAME_SITE_PARAM, webHost } from '../http/partner-origin';
import { referenceOf } from '../http/reference';
import { turnstileWidgetConfig } from '../http/turnstile';
import { validate } from '../http/validate';
import { framePage, frameStylesheet } from '../pages/frame';
import { frameResizer, frameScript } from '../pages/frame-scripts';
import { lang, networkId, partnerId } from '../schemas/fields';

const JS = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=300' };
// `network`: the page's network, as on a network's own site; the invitation to do the check
// again sets it, so the re-check counts for the network that invited it (core/recheck-invitation.ts).
const frameQuery = z.object({
  partner: partnerId, lang: z._default(lang, 'nl'), network: z.optional(networkId), [FRAME_SITE_PARAM]: z.optional(z.string().check(z.maxLength(260))),
});

/** The host of the page that framed this request, from its Referer (an origin at least, by default), or null. */
function framingHost(referer: string | undefined): string | null {
  try {
    return webHost(new URL(referer ?? '').origin);
  } catch {
    return null;
  }
}

export const frame = new Hono<{ Bindings: Env }>()
  .get('/frame', validate('query', frameQuery), async (c) => {
    const { partner: id, lang: language, network, site } = c.req.valid('query');
    const partner = getPartner(await referenceOf(c), id);
    const turnstile = turnstileWidgetConfig(c.env)?.scriptUrl ?? null;
    const headers = { 'Cache-Control': 'no-store' };
    // frame-ancestors decides who may frame it; X-Frame-Options (DENY elsewhere) is dropped in app.ts.
    if (partner !== null && partner.allowedOrigins.length > 0) {
      return c.html(framePage(id, language, network), 200, { ...headers, 'Content-Security-Policy': pagePolicy(partner.allowedOrigins, turnstile) });
    }
    const host = site === undefined ? framingHost(c.req.header('Referer')) : null;
    if (host !== null) {
      const url = new URL(c.req.url);
      url.searchParams.set('lang', language);
      url.searchParams.set(FRAME_SITE_PARAM, host);
      return c.redirect(`${url.pathname}${url.search}`, 302);
    }
    return c.html(framePage(UNREGISTERED_PARTNER_ID, language, network), 200, { ...headers, 'Content-Security-Policy': pagePolicy(['*'], turnstile) });
  })
  .get('/frame.js', (c) => c.body(frameScript, 200, JS))
  .get('/frame.css', (c) => c.body(frameStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
  .use('/frame-resizer.js', ...publicResource)
  .get('/frame-resizer.js', (c) => c.body(frameResizer, 200, JS));
