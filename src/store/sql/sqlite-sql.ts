import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { bindable, type Params, type SqlStore, type TransactionOptions, type Tx } from './sql';

/**
 * The async interface over better-sqlite3. One connection runs one transaction at a time, and an
 * async transaction spans awaits: every call on the store waits for the transaction before it
 * (a queue), so nothing outside a transaction lands inside it. The connection must therefore
 * be this store's own: a synchronous repository on the same Db during an awaited transaction
 * would write inside it.
 */
export class SqliteSql implements SqlStore {
  readonly engine = 'sqlite' as const;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Db) {}

  query<T>(sql: string, params?: Params): Promise<T[]> {
    return this.queued(async () => this.rows<T>(sql, params));
  }

  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.query<T>(sql, params))[0];
  }

  run(sql: string, params?: Params): Promise<{ changes: number }> {
    return this.queued(async () => this.change(sql, params));
  }

  transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    return this.queued(async () => {
      let open = true;
      const guard = () => {
        if (!open) throw new Error('this transaction has ended');
      };
      const tx: Tx = {
        engine: 'sqlite',
        query: async <R>(sql: string, params?: Params) => (guard(), this.rows<R>(sql, params)),
        get: async <R>(sql: string, params?: Params) => (guard(), this.rows<R>(sql, params)[0]),
        run: async (sql: string, params?: Params) => (guard(), this.change(sql, params)),
        lock: async () => guard(),
      };
      // As `durably` (db.ts): FULL makes the commit's fsync cover this transaction and all before it.
      if (options.durable) this.db.exec('PRAGMA synchronous = FULL');
      try {
        // IMMEDIATE: the write lock now, not at the first write (no SQLITE_BUSY half-way).
        this.db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(tx);
          this.db.exec('COMMIT');
          return result;
        } catch (error) {
          if (this.db.inTransaction) this.db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        open = false;
        if (options.durable) this.db.exec('PRAGMA synchronous = NORMAL');
      }
    });
  }

  async close(): Promise<void> {
    await this.queued(async () => this.db.close());
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Prepared once per text, as the repositories do. */
  private statement(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private rows<T>(sql: string, params?: Params): T[] {
    const s = this.statement(sql);
    const args = bind(params);
    if (!s.reader) {
      s.run(...args);
      return [];
    }
    return s.all(...args) as T[];
  }

  private change(sql: string, params?: Params): { changes: number } {
    return { changes: this.statement(sql).run(...bind(params)).changes };
  }
}

function bind(params: Params | undefined): unknown[] {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params.map(bindable);
  return [Object.fromEntries(Object.entries(params).map(([k, v]) => [k, bindable(v)]))];
}
