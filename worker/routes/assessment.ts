/** @module `GET /api/v1/assessment`: the whole question bank, advice included, in the visitor's language. */
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { bankAdvice, bankStructure, bankTexts } from '../../core/bank';
import { localiseBank } from '../../core/bank/localise';
import { LANGS } from '../../core/bank/types';
import type { AssessmentResponse } from '../../core/contracts';
import { validate } from '../http/validate';

/** Other parameters are ignored, so a cache-busting `?v=` from a partner's CMS does no harm. */
const query = z.object({ lang: z._default(z.enum(LANGS), 'nl') });

/** The bank changes only with a deploy; five minutes keeps a new version close behind it. */
const CACHE_CONTROL = 'public, max-age=300';

export const assessment = new Hono().get('/', validate('query', query), (c) => {
  const { lang } = c.req.valid('query');
  const body: AssessmentResponse = localiseBank(bankStructure, bankTexts[lang], bankAdvice[lang]);
  return c.json(body, 200, { 'Cache-Control': CACHE_CONTROL });
});
