import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../src/store/db';
import { Store } from '../../src/store/store';
import { loadCatalog, loadDemoIfEmpty } from '../../src/store/seed';
import { dataDir } from '../../src/paths';
import type { Names } from '../../src/domain/locale';

export const DELAY = 20 * 60_000;
/** Tuesday 10 March 2026, 10:00 in Brussels (CET, UTC+1). */
export const NOW = Date.UTC(2026, 2, 10, 9, 0, 0);
export const TODAY = '2026-03-10';

/** An in-memory store with the catalog and the demo data, as the bot starts. */
export function demoStore(): Store {
  const store = new Store(openDatabase(':memory:'), { activationDelayMs: DELAY });
  loadCatalog(store);
  if (!loadDemoIfEmpty(store)) throw new Error('demo data not loaded');
  return store;
}

/** An in-memory store with its schema and nothing else. */
export function emptyStore(): Store {
  return new Store(openDatabase(':memory:'), { activationDelayMs: DELAY });
}

export function count(store: Store, table: string, where = '1 = 1', ...params: unknown[]): number {
  return (store.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
}

const TABLES = [
  'users', 'user_memberships', 'qualities', 'grant_requests', 'grants', 'function_assignments', 'audit_log', 'outbox',
] as const;

/** Every row of the tables an order or an activation may write, to compare before and after. */
export function snapshot(store: Store): Record<(typeof TABLES)[number], unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()])) as Record<
    (typeof TABLES)[number],
    unknown[]
  >;
}

/** The catalog file itself, to check names against what the procedures say. */
export const catalogFile = JSON.parse(readFileSync(join(dataDir, 'catalog.json'), 'utf8')) as {
  applications: { code: string; names: Names }[];
  functions: { code: string; names: Names }[];
};
export const appNames = (code: string): Names => catalogFile.applications.find((a) => a.code === code)!.names;
export const fnNames = (code: string): Names => catalogFile.functions.find((f) => f.code === code)!.names;
