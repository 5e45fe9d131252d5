/**
 * @module The withdrawal page for entrepreneurs: `GET /withdraw` shows a form (`?reference=`
 * fills it in, `?lang=en` for English), `POST /withdraw` takes it as an ordinary form post and
 * answers a page, so it works without JavaScript under the strict CSP.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { LANGS, type Lang } from '../../core/bank/types';
import { withdrawReferral } from '../data/withdrawal';
import { noticeWithdrawal } from '../delivery/hand-over';
import { WITHDRAWAL_PATH } from '../../core/withdrawal';
import { jsonError } from '../http/errors';
import { withdrawalDonePage, withdrawalFormPage, withdrawalStylesheet, withdrawalTooManyPage } from '../pages/withdrawal';
import { REFERENCE_PATTERN } from '../../core/reference';
import { withdrawalForm } from '../schemas/withdrawal';

const NO_STORE = { 'Cache-Control': 'no-store' };

const langOf = (value: unknown): Lang => (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : 'nl';

/** Only a well-formed reference is put back into the form; anything else starts it empty. */
const referenceOf = (value: string | undefined): string =>
  value !== undefined && REFERENCE_PATTERN.test(value.trim().toUpperCase()) ? value.trim().toUpperCase() : '';

const formText = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 300) : '');

export const withdrawalsPage = new Hono<{ Bindings: Env }>()
  .get(`${WITHDRAWAL_PATH}.css`, (c) =>
    c.body(withdrawalStylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }),
  )
  .get(WITHDRAWAL_PATH, (c) => {
    const state = { lang: langOf(c.req.query('lang')), reference: referenceOf(c.req.query('reference')), email: '', errors: {} };
    return c.html(withdrawalFormPage(state), 200, NO_STORE);
  })
  .post(
    WITHDRAWAL_PATH,
    bodyLimit({ maxSize: 4096, onError: (c) => jsonError(c, 413, 'payload_too_large', 'The form is larger than 4096 bytes.') }),
    async (c) => {
      // Browsers send Origin on every form post; another site has no business posting this form.
      const origin = c.req.header('Origin');
      if (origin !== undefined && origin !== new URL(c.req.url).origin) {
        return jsonError(c, 403, 'origin_not_allowed', 'This form can only be sent from its own page.');
      }
      const form = await c.req.parseBody();
      const lang = langOf(form.lang);
      const { success } = await c.env.REFERRALS_RATE_LIMIT.limit({ key: c.req.header('CF-Connecting-IP') ?? 'local' });
      if (!success) return c.html(withdrawalTooManyPage(lang), 429, { ...NO_STORE, 'Retry-After': '60' });
      const parsed = withdrawalForm.safeParse(form);
      if (!parsed.success) {
        const errors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), true]));
        const state = { lang, reference: formText(form.reference), email: formText(form.email), errors };
        return c.html(withdrawalFormPage(state), 400, NO_STORE);
      }
      noticeWithdrawal(c.env, c.executionCtx, await withdrawReferral(c.env.DB, parsed.data.reference, parsed.data.email));
      return c.html(withdrawalDonePage(lang), 200, NO_STORE);
    },
  );
