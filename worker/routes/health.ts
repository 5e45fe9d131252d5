/** @module `GET /health`: liveness for monitors and the browser tests' dev server. */
import { Hono } from 'hono';
import { bankStructure } from '../../core/bank';

export const health = new Hono().get('/', (c) =>
  c.json({ status: 'ok', bankVersion: bankStructure.version }, 200, { 'Cache-Control': 'no-store' }),
);
