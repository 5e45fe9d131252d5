/**
 * @module The development inbox at /dev/inbox: where seed/dev.sql points every network, so a
 * newcomer can follow a referral from the form to the network. Exists only with the DEV_INBOX var
 * set to `on` (`npm start` does); in production every path here is 404.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { listInboxDeliveries, listInboxMail, recordInboxDelivery } from '../data';
import { checkReceived } from '../delivery/received-signature';
import { jsonError, notFound } from '../http/errors';
import { MAX_BODY_BYTES } from '../http/json-body';
import { inboxPage, inboxStylesheet } from '../pages/dev-inbox';

export const devInbox = new Hono<{ Bindings: Env }>()
  .use(async (c, next) => (c.env.DEV_INBOX === 'on' ? next() : notFound(c)))
  // Receives a webhook as a network would: the signature, standard or legacy, is checked with the
  // development key. Unsigned or badly signed deliveries are kept too, marked as such, so a mistake
  // shows on the page.
  .post('/inbox', bodyLimit({ maxSize: MAX_BODY_BYTES }), async (c) => {
    const payload = await c.req.text();
    const receivedAt = new Date();
    const { signature, ok, delivery } = await checkReceived(c.env.DEV_INBOX_SECRET, c.req.raw.headers, payload, receivedAt);
    await recordInboxDelivery(c.env.DB, { receivedAt: receivedAt.toISOString(), delivery, signature, signatureOk: ok, payload });
    if (!ok) return jsonError(c, 401, 'bad_signature', 'The webhook signature or timestamp is not valid.');
    return c.body(null, 204);
  })
  .get('/inbox', async (c) =>
    c.html(inboxPage(await listInboxDeliveries(c.env.DB), await listInboxMail(c.env.DB)), 200, { 'Cache-Control': 'no-store' }),
  )
  .get('/inbox.css', (c) => c.body(inboxStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
