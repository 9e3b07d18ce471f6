import type { Sql } from '../../src/store/sql/sql';

const numbers = `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)`;

/**
 * `count` notices due at `at` (conversations conv-1, conv-2 …, nobody's yet), numbered from 1 on a
 * new database: the load of the leased-outbox tests and bench. The same text on both engines.
 */
export async function queueNotices(sql: Sql, count: number, at: number): Promise<void> {
  await sql.run(
    `${numbers} INSERT INTO outbox (conversation_id, kind, payload, status, next_attempt_at, created_at)
     SELECT 'conv-' || i, 'activated', '{"n":1}', 'pending', ?, ? FROM s`,
    [count, at, at],
  );
}

/** `count` invitation mails due at `at`, all to one person (created, active, on an empty database). */
export async function queueMails(sql: Sql, count: number, at: number): Promise<void> {
  // Active, so the insert trigger queues no invitation of its own.
  await sql.run(
    `INSERT INTO users (niss, username, last_name, first_name, language, email, status, created_at, updated_at)
     SELECT '85073003328', 'mdupont', 'Dupont', 'Marie', 'fr', 'm@example.org', 'active', 0, 0
      WHERE NOT EXISTS (SELECT 1 FROM users)`,
  );
  await sql.run(`${numbers} INSERT INTO mail_outbox (kind, user_id, status, next_attempt_at, created_at) SELECT 'invitation', 1, 'pending', ?, ? FROM s`, [count, at, at]);
}
