/**
 * @module A fresh local D1 for one benchmark run: Miniflare (the simulator inside wrangler and the
 * Workers test pool, running workerd's real SQLite) with every migration in migrations/ applied,
 * split into statements by wrangler's own splitter, as `wrangler d1 migrations apply` does.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Miniflare } from 'miniflare';
import { unstable_splitSqlQuery } from 'wrangler';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../migrations');

export interface Migration {
  readonly name: string;
  readonly statements: readonly string[];
}

/** The migrations in order of their number. */
export async function readMigrations(): Promise<Migration[]> {
  const names = (await readdir(MIGRATIONS)).filter((name) => name.endsWith('.sql')).sort();
  return Promise.all(names.map(async (name) => ({
    name,
    statements: unstable_splitSqlQuery(await readFile(path.join(MIGRATIONS, name), 'utf8')),
  })));
}

/** Runs a migration's statements in one batch, as one transaction. */
export async function runMigration(db: D1Database, migration: Migration): Promise<void> {
  await db.batch(migration.statements.map((statement) => db.prepare(statement)));
}

/** An empty, migrated D1 kept in memory (nothing is written to .wrangler/); `dispose` frees it. */
export async function openLocalD1(migrations: readonly Migration[]): Promise<{ db: D1Database; dispose: () => Promise<void> }> {
  // A worker is required to host the binding; it serves nothing.
  const miniflare = new Miniflare({ modules: true, script: 'export default {}', d1Databases: { DB: 'bench' } });
  const db = await miniflare.getD1Database('DB');
  for (const migration of migrations) await runMigration(db, migration);
  return { db, dispose: () => miniflare.dispose() };
}

/**
 * `db`, with the time D1 itself reports for each statement (`meta.duration`: SQLite's work, no
 * proxy or transport) added up as batches run; `sqlMs()` reads and resets the sum. So the same
 * data-layer function is measured twice: as the caller waits, and as the database works.
 */
export function withSqlTime(db: D1Database): { db: D1Database; sqlMs: () => number } {
  let total = 0;
  const batch = async <T>(statements: D1PreparedStatement[]) => {
    const results = await db.batch<T>(statements);
    total += results.reduce((sum, r) => sum + r.meta.duration, 0);
    return results;
  };
  const measured = new Proxy(db, {
    get: (target, property) => {
      if (property === 'batch') return batch;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: measured, sqlMs: () => { const ms = total; total = 0; return ms; } };
}
