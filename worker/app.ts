/**
 * @module The HTTP surface of the worker: shared middleware, one route module per concern, and
 * one JSON shape for every error. `AppType` gives tests and tools a typed client (`hono/client`).
 */
import { Hono } from 'hono';
import { handleError, notFound } from './http/errors';
import { publicResource, securityHeaders } from './http/headers';
import { assessment } from './routes/assessment';
import { demo } from './routes/demo';
import { health } from './routes/health';
import { widget } from './routes/widget';

export const app = new Hono<{ Bindings: Env }>()
  .use(securityHeaders)
  .use('/widget.js', ...publicResource)
  .use('/api/*', ...publicResource)
  .route('/', demo)
  .route('/', widget)
  .route('/health', health)
  .route('/api/v1/assessment', assessment);

app.notFound(notFound);
app.onError(handleError);

export type AppType = typeof app;
