import { migratePostgres } from '../../src/store/postgres/migrate';
import { PostgresSql } from '../../src/store/sql/pg-sql';
import { openPostgresPool } from '../../src/store/postgres/pool';
import { constraintOf, skipLocked, toPostgres, type SqlStore } from '../../src/store/sql/sql';
import { describeEachEngine, describePostgres } from '../support/postgres';

const CATALOG = [
  `INSERT INTO entities (inami, name, created_at) VALUES ('710087-50', 'Hôpitaux IRIS Sud', 1773133200000)`,
  `INSERT INTO quality_kinds (code, name_fr, name_nl, name_de, name_en) VALUES ('HOSPITAL', 'Hôpital', 'Ziekenhuis', 'Krankenhaus', 'Hospital')`,
  `INSERT INTO qualities (entity_id, kind, active) VALUES (1, 'HOSPITAL', 1)`,
  `INSERT INTO managers (channel_user_id, name, created_at) VALUES ('chan-1', 'Sophie Lambert', 0)`,
];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The same statements, the same answers, on each engine: the contract the services will rely on. */
describeEachEngine('the SQL interface', (open) => {
  let store: SqlStore;
  beforeEach(async () => {
    store = await open();
    for (const statement of CATALOG) await store.run(statement);
  });
  afterEach(async () => {
    await store.close();
  });

  const count = async (table: string) => (await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n;

  it('reads ids, times, counts, sums and bytes as numbers and Buffers', async () => {
    const [entity] = await store.query<{ id: number }>(
      `INSERT INTO entities (inami, name, created_at) VALUES (@inami, @name, @at) RETURNING id`,
      { inami: '710338-90', name: 'Sainte-Anne', at: 1773133200000 },
    );
    expect(entity).toEqual({ id: 2 });
    expect(await store.get(`SELECT id, created_at FROM entities WHERE inami = ?`, ['710338-90'])).toEqual({ id: 2, created_at: 1773133200000 });
    expect(await store.get(`SELECT count(*) AS n, sum(created_at) AS total FROM entities`)).toEqual({ n: 2, total: 2 * 1773133200000 });
    await store.run(
      `INSERT INTO pending_files (id, manager_id, conversation_id, file_name, mime_type, content, created_at, expires_at) VALUES ('f', 1, 'c', 'a.csv', 'text/csv', ?, 0, 1)`,
      [Buffer.from('bytes')],
    );
    expect(await store.get(`SELECT content FROM pending_files`)).toEqual({ content: Buffer.from('bytes') });
    expect(await store.get(`SELECT id FROM entities WHERE inami = 'none'`)).toBeUndefined();
  });

  it('binds booleans as 0/1 and undefined as NULL, and names a parameter once however often it is used', async () => {
    await store.run(`UPDATE qualities SET active = @active WHERE id = @id AND @id = @id`, { active: false, id: 1 });
    expect(await store.get(`SELECT active FROM qualities`)).toEqual({ active: 0 });
    await store.run(`UPDATE managers SET locale = ? WHERE id = ?`, [undefined, 1]);
    expect(await store.get(`SELECT locale FROM managers`)).toEqual({ locale: null });
  });

  it('leaves placeholders in string literals alone and refuses a missing parameter', async () => {
    expect(await store.get(`SELECT 'a ? and @b' AS text, ? AS v`, ['x'])).toEqual({ text: 'a ? and @b', v: 'x' });
    await expect(store.query(`SELECT @missing AS v`, {})).rejects.toThrow(/missing/i);
  });

  it('says how many rows a statement changed', async () => {
    await store.run(`INSERT INTO entities (inami, name, created_at) VALUES ('710338-90', 'Sainte-Anne', 0)`);
    expect(await store.run(`UPDATE entities SET name = name || '!'`)).toEqual({ changes: 2 });
    expect(await store.run(`DELETE FROM entities WHERE inami = 'none'`)).toEqual({ changes: 0 });
  });

  it('commits a transaction whole and returns what it returned', async () => {
    const id = await store.transaction(async (tx) => {
      const r = await tx.get<{ id: number }>(
        `INSERT INTO users (niss, username, last_name, first_name, language, email, status, created_at, updated_at)
         VALUES ('85073003328', 'mdupont', 'Dupont', 'Marie', 'fr', 'm@example.org', 'invited', 5, 5) RETURNING id`,
      );
      await tx.run(`INSERT INTO user_memberships (user_id, quality_id, created_at) VALUES (?, 1, 5)`, [r!.id]);
      return r!.id;
    }, { durable: true });
    expect(id).toBe(1);
    expect(await count('user_memberships')).toBe(1);
    // The trigger wrote in the same transaction.
    expect(await count('mail_outbox')).toBe(1);
  });

  it('rolls a failing transaction back entirely, and a store call made meanwhile sees none of it', async () => {
    let outside: Promise<number> | undefined;
    const failing = store.transaction(async (tx) => {
      await tx.run(`INSERT INTO entities (inami, name, created_at) VALUES ('710338-90', 'Sainte-Anne', 0)`);
      outside = count('entities');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.run(`INSERT INTO entities (inami, name, created_at) VALUES ('710087-50', 'Twice', 0)`);
    });
    const error = await failing.catch((e: unknown) => e);
    expect(constraintOf(error)).toBe('unique');
    expect(await outside).toBe(1);
    expect(await count('entities')).toBe(1);
  });

  it('refuses a transaction handle used after its end', async () => {
    let kept: Parameters<Parameters<SqlStore['transaction']>[0]>[0] | undefined;
    await store.transaction(async (tx) => {
      kept = tx;
    });
    await expect(kept!.query(`SELECT 1 AS one`)).rejects.toThrow(/ended/);
  });

  it('names the constraint that refused a statement alike', async () => {
    const kind = (sql: string) => store.run(sql).then(() => undefined, constraintOf);
    expect(await kind(`INSERT INTO entities (inami, name, created_at) VALUES ('710087-50', 'Twice', 0)`)).toBe('unique');
    expect(await kind(`INSERT INTO qualities (entity_id, kind) VALUES (99, 'HOSPITAL')`)).toBe('foreignKey');
    expect(await kind(`UPDATE qualities SET active = 2`)).toBe('check');
    expect(await kind(`INSERT INTO entities (inami, name, created_at) VALUES ('710338-90', NULL, 0)`)).toBe('notNull');
  });

  it('runs concurrent transactions one after the other in effect: no increment is lost', async () => {
    await store.run(`INSERT INTO outbox (conversation_id, kind, payload, status, next_attempt_at, created_at) VALUES ('c', 'k', '{}', 'pending', 0, 0)`);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        store.transaction(async (tx) => {
          await tx.run(`UPDATE outbox SET attempts = attempts + 1 WHERE id = 1`);
          await pause(5);
          await tx.run(`UPDATE outbox SET attempts = attempts + 1 WHERE id = 1`);
        }),
      ),
    );
    expect(await store.get(`SELECT attempts FROM outbox`)).toEqual({ attempts: 10 });
  });

  it('lock(key) makes transactions on one key wait for each other: a read-modify-write is never lost', async () => {
    await store.run(`INSERT INTO outbox (conversation_id, kind, payload, status, next_attempt_at, created_at) VALUES ('c', 'k', '{}', 'pending', 0, 0)`);
    await Promise.all(
      Array.from({ length: 5 }, () =>
        store.transaction(async (tx) => {
          await tx.lock('conversation:conv-1');
          const { attempts } = (await tx.get<{ attempts: number }>(`SELECT attempts FROM outbox WHERE id = 1`))!;
          await pause(5);
          await tx.run(`UPDATE outbox SET attempts = ? WHERE id = 1`, [attempts + 1]);
        }),
      ),
    );
    expect(await store.get(`SELECT attempts FROM outbox`)).toEqual({ attempts: 5 });
  });

  it('lock(key) holds one key only: on PostgreSQL a transaction on another key goes on meanwhile', async () => {
    // SQLite runs one write transaction at a time whatever the keys: nothing to show there.
    if (store.engine !== 'postgres') return;
    let releaseA!: () => void;
    const aHolds = new Promise<void>((resolve) => (releaseA = resolve));
    let aLocked!: () => void;
    const aHasLock = new Promise<void>((resolve) => (aLocked = resolve));
    const a = store.transaction(async (tx) => {
      await tx.lock('conversation:a');
      aLocked();
      await aHolds;
    });
    await aHasLock;
    await store.transaction(async (tx) => tx.lock('conversation:b'));
    releaseA();
    await a;
  });
});

describe('toPostgres: SQLite placeholders for pg', () => {
  it.each([
    ['positional values in order', `SELECT * FROM t WHERE a = ? AND b = ?`, [1, 2], `SELECT * FROM t WHERE a = $1 AND b = $2`, [1, 2]],
    ['a name once, whatever its uses; a boolean as 1', `SELECT @a, @b, @a`, { a: 1, b: true }, `SELECT $1, $2, $1`, [1, 1]],
    ['nothing in literals, identifiers, comments or dollar quotes', `SELECT '?', "@x", ? -- ? @y\n, /* ? */ $$ ? $$, $t$ @z $t$`, ['v'], `SELECT '?', "@x", $1 -- ? @y\n, /* ? */ $$ ? $$, $t$ @z $t$`, ['v']],
    ['an escaped quote, a cast, an operator with @', `SELECT 'it''s ?', ?::text, x @> y`, ['v'], `SELECT 'it''s ?', $1::text, x @> y`, ['v']],
  ] as const)('%s', (_what, sql, params, text, values) => {
    expect(toPostgres(sql, params as never)).toEqual({ text, values });
  });

  it('refuses too few or too many positional values', () => {
    expect(() => toPostgres(`SELECT ?, ?`, [1])).toThrow(/too few/);
    expect(() => toPostgres(`SELECT ?`, [1, 2])).toThrow(/too many/);
  });
});

describePostgres('two instances on one PostgreSQL database', (cluster) => {
  it('claim due work with skipLocked: every notice once, both instances working', async () => {
    const database = await cluster().createDatabase();
    const instances = [0, 1].map(() => new PostgresSql(openPostgresPool({ ...cluster().config(database), max: 4 })));
    try {
      await migratePostgres(instances[0]!.pool);
      const [first] = instances;
      await first!.run(
        `INSERT INTO outbox (conversation_id, kind, payload, status, next_attempt_at, created_at)
         SELECT 'conv-' || n, 'activated', '{}', 'pending', n, 0 FROM generate_series(1, 300) AS n`,
      );
      const sentBy = new Map<number, number>();
      // Four workers per instance, each claiming ten due notices at a time until none is left.
      const worker = async (instance: number) => {
        const sql = instances[instance]!;
        for (;;) {
          const claimed = await sql.transaction(async (tx) => {
            const due = await tx.query<{ id: number }>(
              `SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT 10${skipLocked(tx.engine)}`,
              [1_000],
            );
            await pause(2); // the time a send takes: the other workers must skip these rows meanwhile
            for (const { id } of due) {
              await tx.run(`UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ? WHERE id = ?`, [instance, id]);
            }
            return due.length;
          });
          if (claimed === 0) return;
          sentBy.set(instance, (sentBy.get(instance) ?? 0) + claimed);
        }
      };
      await Promise.all([0, 0, 0, 0, 1, 1, 1, 1].map(worker));
      expect(await first!.get(`SELECT count(*) AS n, min(attempts) AS lo, max(attempts) AS hi FROM outbox WHERE status = 'sent'`)).toEqual({ n: 300, lo: 1, hi: 1 });
      expect((sentBy.get(0) ?? 0) + (sentBy.get(1) ?? 0)).toBe(300);
      expect(sentBy.get(0)).toBeGreaterThan(0);
      expect(sentBy.get(1)).toBeGreaterThan(0);
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
  });
});
