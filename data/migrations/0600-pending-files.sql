-- Files offered in Teams with a file-consent card: Teams asks the user first, then tells the bot
-- where to upload. The bytes wait here until the answer (accepted, declined or expired), so an
-- offer survives a restart. Rows are single-use and pruned by age and count (see pending-files.repo.ts).
CREATE TABLE pending_files (
  id              TEXT PRIMARY KEY,          -- random, sent in the card's accept/decline context
  manager_id      INTEGER NOT NULL REFERENCES managers(id),
  conversation_id TEXT NOT NULL,
  file_name       TEXT NOT NULL,
  mime_type       TEXT NOT NULL,
  content         BLOB NOT NULL,
  created_at      INTEGER NOT NULL,
  expires_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX pending_files_byExpiresAt ON pending_files (expires_at);
