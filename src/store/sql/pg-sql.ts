import type { Pool, PoolClient } from 'pg';
import { toPostgres, type Params, type SqlStore, type TransactionOptions, type Tx } from './sql';

/** The async interface over a pg Pool (open it with `openPostgresPool`, so BIGINTs are numbers). */
export class PostgresSql implements SqlStore {
  readonly engine = 'postgres' as const;

  constructor(readonly pool: Pool) {}

  async query<T>(sql: string, params?: Params): Promise<T[]> {
    return rows<T>(this.pool, sql, params);
  }

  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.query<T>(sql, params))[0];
  }

  async run(sql: string, params?: Params): Promise<{ changes: number }> {
    return change(this.pool, sql, params);
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    let open = true;
    const guard = () => {
      if (!open) throw new Error('this transaction has ended');
    };
    const tx: Tx = {
      engine: 'postgres',
      query: async <R>(sql: string, params?: Params) => (guard(), rows<R>(client, sql, params)),
      get: async <R>(sql: string, params?: Params) => (guard(), (await rows<R>(client, sql, params))[0]),
      run: async (sql: string, params?: Params) => (guard(), change(client, sql, params)),
      lock: async (key: string) => {
        guard();
        // hashtextextended: a 64-bit hash, so two conversation ids share a lock about never.
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      },
    };
    let broken = false;
    try {
      await client.query('BEGIN');
      // A server may run with synchronous_commit off for turns; an access change waits for its WAL flush.
      if (options.durable) await client.query('SET LOCAL synchronous_commit = on');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      open = false;
      // A connection whose ROLLBACK failed is not given back to the pool.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function rows<T>(db: Pool | PoolClient, sql: string, params?: Params): Promise<T[]> {
  const { text, values } = toPostgres(sql, params);
  return (await db.query(text, values)).rows as T[];
}

async function change(db: Pool | PoolClient, sql: string, params?: Params): Promise<{ changes: number }> {
  const { text, values } = toPostgres(sql, params);
  return { changes: (await db.query(text, values)).rowCount ?? 0 };
}
