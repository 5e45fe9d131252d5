/**
 * @module `GET /api/v1/assessment`: the whole question bank, advice included, in the visitor's
 * language. The answer is a file the build writes (build/assessment.ts), read through the ASSETS
 * binding: bundled, the advice and the English texts made the worker a third larger, and a
 * larger bundle starts slower on every cold isolate (issue 14).
 */
import { Hono, type TypedResponse } from 'hono';
import * as z from 'zod/mini';
import { assessmentFile, OUT_DIR } from '../../build/targets';
import { LANGS } from '../../core/bank/types';
import type { AssessmentResponse } from '../../core/contracts';
import { jsonError } from '../http/errors';
import { validate } from '../http/validate';

/** Other parameters are ignored, so a cache-busting `?v=` from a partner's CMS does no harm. */
const query = z.object({ lang: z._default(z.enum(LANGS), 'nl') });

/** The bank changes only with a deploy; five minutes keeps a new version close behind it. */
const CACHE_CONTROL = 'public, max-age=300';

export const assessment = new Hono<{ Bindings: Env }>().get('/', validate('query', query), async (c) => {
  const file = assessmentFile(c.req.valid('query').lang);
  // A request of its own: the visitor's If-None-Match or Range must not turn the answer into a 304 or a part.
  const asset = await c.env.ASSETS.fetch(new URL(`/${file}`, c.req.url));
  if (!asset.ok || asset.body === null) return jsonError(c, 503, 'bank_not_built', `${OUT_DIR}/${file} is missing: run \`npm run build\`.`);
  // The same headers as when the worker built the body itself; none of the assets server's. The
  // build typed the body (build/assessment.ts); the cast keeps that type for `hono/client`.
  const res = c.body(asset.body, 200, { 'Content-Type': 'application/json', 'Cache-Control': CACHE_CONTROL });
  return res as unknown as Response & TypedResponse<AssessmentResponse, 200, 'json'>;
});
