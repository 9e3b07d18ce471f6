import type { Sql, SqlStore } from '../../src/store/sql/sql';

/** One entity (710087-50) with its HOSPITAL qualité (id 1), one manager (id 1) and HospiSup (id 1), on either engine. */
export async function seedCatalog(tx: Sql): Promise<void> {
  for (const statement of [
    `INSERT INTO entities (inami, name, created_at) VALUES ('710087-50', 'Hôpitaux IRIS Sud', 0)`,
    `INSERT INTO quality_kinds (code, name_fr, name_nl, name_de, name_en) VALUES ('HOSPITAL', 'Hôpital', 'Ziekenhuis', 'Krankenhaus', 'Hospital')`,
    `INSERT INTO qualities (entity_id, kind, active) VALUES (1, 'HOSPITAL', 1)`,
    `INSERT INTO managers (channel_user_id, name, created_at) VALUES ('chan-1', 'Sophie Lambert', 0)`,
    `INSERT INTO applications (code, name_fr, name_nl, name_de, name_en) VALUES ('HOSPISUP', 'HospiSup', 'HospiSup', 'HospiSup', 'HospiSup')`,
  ]) await tx.run(statement);
}

/**
 * `count` more people (usernames due1, due2 …), each with a request of one HospiSup grant due at
 * `due`, asked in a conversation of its own: the load of the due-work tests and bench. The same
 * text on both engines (WITH RECURSIVE … INSERT).
 */
export async function seedDueGrants(sql: SqlStore, count: number, due: number): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.run(
      `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ?)
       INSERT INTO users (niss, username, last_name, first_name, language, email, status, created_at, updated_at)
       SELECT CAST(10000000000 + i AS TEXT), 'due' || i, 'Due', 'Person', 'fr', 'd@example.org', 'active', 0, 0 FROM s`,
      [count],
    );
    await tx.run(
      `INSERT INTO grant_requests (idempotency_key, manager_id, quality_id, user_id, conversation_id, created_at)
       SELECT 'due-' || id, 1, 1, id, 'conv-due-' || id, 0 FROM users WHERE username LIKE 'due%'`,
    );
    await tx.run(
      `INSERT INTO grants (request_id, user_id, application_id, quality_id, status, requested_by, requested_at, active_at)
       SELECT id, user_id, 1, 1, 'pending', 1, 0, ? FROM grant_requests WHERE idempotency_key LIKE 'due-%'`,
      [due],
    );
  });
}
