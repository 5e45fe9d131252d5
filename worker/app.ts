/**
 * @module The HTTP surface of the worker: shared middleware, one route module per concern, and
 * one JSON shape for every error. `AppType` gives a typed client (`hono/client`), as in
 * tests/worker/typed-client.test.ts.
 */
import { Hono } from 'hono';
import { handleError, notFound } from './http/errors';
import { publicResource, securityHeaders } from './http/headers';
import { assessment } from './routes/assessment';
import { builtFiles } from './routes/built-files';
import { comparison } from './routes/comparison';
import { consoleSite } from './routes/console-page';
import { consoleSession } from './routes/console-session';
import { demo } from './routes/demo';
import { deliveryOperations } from './routes/delivery-operations';
import { devInbox } from './routes/dev-inbox';
import { embedSite } from './routes/embed-page';
import { frame } from './routes/frame';
import { health } from './routes/health';
import { inbox } from './routes/inbox';
import { networks, route } from './routes/networks';
import { partners } from './routes/partners';
import { protection } from './routes/protection';
import { referrals } from './routes/referrals';
import { registrations } from './routes/registrations';
import { consoleRegistrations } from './routes/console-registrations';
import { results } from './routes/results';
import { statistics } from './routes/statistics';
import { turnstileStandIn } from './routes/turnstile-standin';
import { unregisteredSites } from './routes/unregistered-sites';
import { withdrawals } from './routes/withdrawals';
import { withdrawalsPage } from './routes/withdrawals-page';
import { privacySite } from './routes/privacy-page';

// The public GET endpoints are opened to any origin one by one, not as `/api/*`: the POST
// endpoints answer only the origins their partner registered (worker/http/partner-origin.ts).
// The partner scripts are opened where they are served (routes/built-files.ts).
export const app = new Hono<{ Bindings: Env }>()
  // Outside securityHeaders, so it runs after it: /frame is framed by its partner's sites, which
  // its own CSP frame-ancestors allows (routes/frame.ts); X-Frame-Options knows no such list.
  .use('/frame', async (c, next) => {
    await next();
    c.res.headers.delete('X-Frame-Options');
  })
  .use(securityHeaders)
  .use('/api/v1/assessment', ...publicResource)
  .use('/api/v1/route', ...publicResource)
  .use('/api/v1/comparison', ...publicResource)
  .use('/api/v1/networks/*', ...publicResource)
  .use('/api/v1/partners/*', ...publicResource)
  .use('/api/v1/protection', ...publicResource)
  .route('/', demo)
  .route('/', builtFiles)
  .route('/', consoleSite)
  .route('/', embedSite)
  .route('/', frame)
  .route('/health', health)
  .route('/api/v1/assessment', assessment)
  .route('/api/v1/route', route)
  .route('/api/v1/comparison', comparison)
  .route('/api/v1/networks', networks)
  .route('/api/v1/partners', partners)
  .route('/api/v1/protection', protection)
  .route('/api/v1/results', results)
  .route('/api/v1/referrals', referrals)
  .route('/api/v1/referrals/withdraw', withdrawals)
  .route('/api/v1/registrations', registrations)
  // Before inbox: its `use(requireAccess)` covers all of /api/v1/console/*, and a
  // statistics route that answers first spares that second token lookup.
  .route('/api/v1/console', statistics)
  .route('/api/v1/console', deliveryOperations)
  .route('/api/v1/console', unregisteredSites)
  .route('/api/v1/console', consoleRegistrations)
  // Signing in needs no session yet, so it answers before inbox' requireAccess.
  .route('/api/v1/console', consoleSession)
  .route('/api/v1/console', inbox)
  .route('/', withdrawalsPage)
  // Before devInbox, whose guard covers all of /dev/*.
  .route('/dev/turnstile', turnstileStandIn)
  .route('/', privacySite)
  .route('/dev', devInbox);

app.notFound(notFound);
app.onError(handleError);

export type AppType = typeof app;
