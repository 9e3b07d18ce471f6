-- PostgreSQL twin of ../0600-pending-files.sql (BLOB is BYTEA: pg reads it as a Buffer, as better-sqlite3 does).
-- Files offered in Teams with a file-consent card wait here until the answer (accepted, declined
-- or expired), so an offer survives a restart. Rows are single-use and pruned by age and count.
CREATE TABLE pending_files (
  id              TEXT PRIMARY KEY,          -- random, sent in the card's accept/decline context
  manager_id      BIGINT NOT NULL REFERENCES managers(id),
  conversation_id TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  mime_type       TEXT NOT NULL,
  content         BYTEA NOT NULL,
  created_at      BIGINT NOT NULL,
  expires_at      BIGINT NOT NULL
);
CREATE INDEX "pending_files_byExpiresAt" ON pending_files (expires_at);
