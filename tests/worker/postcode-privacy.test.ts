/**
 * The postcode a visitor types in the profile step decides where the result counts, and is then
 * gone: not in any table of D1, not in any line the worker logs.
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { resultBody } from './api-fixtures';
import { post } from './fetch';
import { CYBERWERF, registerPartner } from './statistics-fixtures';

const ORIGIN = 'https://www.hofstad.example';
/** Not a boundary of any seeded postcode range, so it can only be in the dump if something kept it. */
const POSTCODE = '3531';
/** The postcode standing alone, not as part of a longer number or a hex hash. */
const TRACE = new RegExp(`(^|[^0-9a-f])${POSTCODE}([^0-9a-f]|$)`, 'i');

/** Every row of every table, as text. */
async function dumpDatabase(): Promise<string> {
  const { results: tables } = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'").all<{ name: string }>();
  const dumps = await Promise.all(tables.map(async ({ name }) => `${name}: ${JSON.stringify((await env.DB.prepare(`SELECT * FROM "${name}"`).all()).results)}`));
  return dumps.join('\n');
}

beforeAll(async () => {
  await registerPartner('hofstad', 'Hofstad', CYBERWERF);
  await env.DB.prepare('UPDATE partners SET allowed_origins = ?1').bind(JSON.stringify([ORIGIN])).run();
});

afterEach(() => vi.restoreAllMocks());

it('a postcode typed in the profile appears nowhere in D1 or in the worker\'s logs', async () => {
  const lines: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  }
  const before = await dumpDatabase();
  expect(before).not.toMatch(TRACE);
  const sent = await post('/api/v1/results', resultBody({ partner: 'hofstad', profile: { size: '2-9', postcode: `${POSTCODE} XY` } }), { Origin: ORIGIN });
  expect(sent.status).toBe(201);
  // A malformed one too: the error must not echo it.
  const refused = await post('/api/v1/results', resultBody({ partner: 'hofstad', profile: { postcode: `${POSTCODE}9` } }), { Origin: ORIGIN });
  expect(refused.status).toBe(400);
  expect(await refused.text()).not.toContain(POSTCODE);

  const after = await dumpDatabase();
  expect(after).not.toMatch(TRACE);
  expect(lines.filter((line) => TRACE.test(line))).toEqual([]);
  // It did count: for the postcode's network (Utrecht) and province.
  expect(after).toMatch(/"area":"network:cybernetwerk-utrecht","month":"\d{4}-\d{2}","measure":"results"/);
  expect(after).toContain('"province":"utrecht"');
});
