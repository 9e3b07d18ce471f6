/**
 * The asynchronous SQL interface the services will use on either engine (issue 16, point 2):
 * better-sqlite3 (`sqlite-sql.ts`) and PostgreSQL through pg (`pg-sql.ts`). Statements are
 * written once, with SQLite's placeholders: `?` with an array of values, `@name` with an object.
 * The PostgreSQL side rewrites them to `$1, $2 …`. Where the dialects differ (group_concat,
 * json_extract, INDEXED BY, lower(username)), a repository says so with `sql.engine`.
 */
export type Engine = 'sqlite' | 'postgres';
export type Params = readonly unknown[] | Readonly<Record<string, unknown>>;

export interface Sql {
  readonly engine: Engine;
  /** Rows of a SELECT (or of a statement with RETURNING). */
  query<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T[]>;
  /** The first row, or undefined. */
  get<T = Record<string, unknown>>(sql: string, params?: Params): Promise<T | undefined>;
  /** A statement without rows: how many rows it changed. */
  run(sql: string, params?: Params): Promise<{ changes: number }>;
}

/** Statements inside one transaction. */
export interface Tx extends Sql {
  /**
   * Holds `key` until this transaction ends: another transaction locking the same key, in this
   * instance or another, waits for it (e.g. one turn of a conversation at a time across instances).
   * PostgreSQL: pg_advisory_xact_lock on a 64-bit hash of the key. SQLite: nothing to do, a write
   * transaction (BEGIN IMMEDIATE) already excludes every other writer.
   */
  lock(key: string): Promise<void>;
}

export interface TransactionOptions {
  /** An access change: committed to disk before the promise resolves, power cut included. */
  durable?: boolean;
}

export interface SqlStore extends Sql {
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back entirely when it
   * throws. Statements on `tx` are inside it; statements on the store itself are not.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}

/** Booleans as 0/1 and undefined as NULL on both engines (better-sqlite3 binds neither). */
export function bindable(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/**
 * SQLite placeholders to PostgreSQL's: `?` → `$n` in order, `@name` → `$n` (the same name, the
 * same number), outside string literals, quoted identifiers, comments and dollar quotes. A
 * named parameter missing from the object is an error, as in better-sqlite3.
 */
export function toPostgres(sql: string, params: Params = []): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const named = new Map<string, number>();
  const positional = Array.isArray(params);
  let next = 0;
  let out = '';
  let i = 0;
  const skipTo = (end: string, from: number) => {
    const j = sql.indexOf(end, from);
    return j < 0 ? sql.length : j + end.length;
  };
  while (i < sql.length) {
    const c = sql[i]!;
    let end = i + 1;
    if (c === "'") {
      // '' inside a literal is an escaped quote: skipping to each next quote handles it.
      end = skipTo("'", i + 1);
    } else if (c === '"') {
      end = skipTo('"', i + 1);
    } else if (c === '-' && sql[i + 1] === '-') {
      end = skipTo('\n', i + 2);
    } else if (c === '/' && sql[i + 1] === '*') {
      end = skipTo('*/', i + 2);
    } else if (c === '$' && /^\$(?:[A-Za-z_]\w*)?\$/.test(sql.slice(i))) {
      const tag = /^\$(?:[A-Za-z_]\w*)?\$/.exec(sql.slice(i))![0];
      end = skipTo(tag, i + tag.length);
    } else if (c === '?' && positional) {
      if (next >= (params as readonly unknown[]).length) throw new RangeError(`too few parameters for ${sql}`);
      values.push(bindable((params as readonly unknown[])[next++]));
      out += `$${values.length}`;
      i += 1;
      continue;
    } else if (c === '@' && !positional && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^@(\w+)/.exec(sql.slice(i))![1]!;
      let n = named.get(name);
      if (n === undefined) {
        if (!Object.prototype.hasOwnProperty.call(params, name)) throw new RangeError(`missing named parameter @${name}`);
        values.push(bindable((params as Record<string, unknown>)[name]));
        n = values.length;
        named.set(name, n);
      }
      out += `$${n}`;
      i += name.length + 1;
      continue;
    }
    out += sql.slice(i, end);
    i = end;
  }
  if (positional && next !== (params as readonly unknown[]).length) throw new RangeError(`too many parameters for ${sql}`);
  return { text: out, values };
}

/**
 * The end of a SELECT that claims due work (activations, outboxes): on PostgreSQL, rows another
 * instance has claimed are skipped rather than waited for, so instances share the work and each
 * row is done once; on SQLite, nothing (a write transaction already excludes every other writer).
 */
export function skipLocked(engine: Engine, of?: string): string {
  // `of`: the table (alias) whose rows are claimed, when the SELECT joins others it must not lock.
  return engine === 'postgres' ? ` FOR UPDATE${of ? ` OF ${of}` : ''} SKIP LOCKED` : '';
}

export type ConstraintKind = 'unique' | 'foreignKey' | 'check' | 'notNull';

/** Which constraint refused a statement, alike on both engines (e.g. a replayed idempotency key: 'unique'). */
export function constraintOf(error: unknown): ConstraintKind | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case '23505':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return 'unique';
    case '23503':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return 'foreignKey';
    case '23514':
    case 'SQLITE_CONSTRAINT_CHECK':
      return 'check';
    case '23502':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return 'notNull';
    default:
      return undefined;
  }
}
