import { Pool, types, type PoolConfig } from 'pg';

/**
 * BIGINT (ids, ms-since-epoch times, count(*)) as a JS number, as better-sqlite3 returns them;
 * pg's default is a string. Every value the store keeps is far below 2^53, and a larger one is
 * refused rather than rounded. Set on the pool only, not in pg's global type table.
 */
function parseBigint(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`BIGINT ${text} does not fit a JavaScript number`);
  return n;
}

/** NUMERIC (what sum() of a BIGINT column gives) as a number too, as SQLite's sum() is. */
const parseNumeric = (text: string): number => Number(text);

const storeTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary' && oid === types.builtins.INT8) return parseBigint;
    if (format !== 'binary' && oid === types.builtins.NUMERIC) return parseNumeric;
    return types.getTypeParser(oid, format as 'text');
  }) as typeof types.getTypeParser,
};

/** A pool for the store: `DATABASE_URL` (postgres://…) or explicit settings, values typed as the SQLite store's. */
export function openPostgresPool(config: string | PoolConfig): Pool {
  const base: PoolConfig = typeof config === 'string' ? { connectionString: config } : config;
  return new Pool({ max: 10, ...base, types: storeTypes });
}
