/**
 * @module The startup bench's baseline (scripts/bench/speed/startup.ts): a bare Hono worker with
 * one JSON route, what any Hono worker starts with. Only the bench bundles it.
 */
import { Hono } from 'hono';

export default new Hono().get('/', (c) => c.json({ ok: true }));
