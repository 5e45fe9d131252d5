/** @module `GET /privacy`: the privacy statement the check links to (`?lang=en` for English). */
import { Hono } from 'hono';
import { LANGS, type Lang } from '../../core/bank/types';
import { retentionPolicy } from '../data/retention-policy';
import { PRIVACY_PATH, privacyPage } from '../pages/privacy';

const langOf = (value: unknown): Lang => ((LANGS as readonly unknown[]).includes(value) ? (value as Lang) : 'nl');

export const privacySite = new Hono<{ Bindings: Env }>().get(PRIVACY_PATH, (c) =>
  c.html(privacyPage(langOf(c.req.query('lang')), retentionPolicy(c.env)), 200, { 'Cache-Control': 'public, max-age=3600' }),
);
