-- Taking access away: one request per confirmation (idempotent like grant_requests); the rows it
-- affects carry the request and the time the change takes effect, the portal's delay later.
CREATE TABLE revocation_requests (
  id              INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL CHECK (kind IN ('revokeApplications', 'endFunction', 'removeUser')),
  manager_id      INTEGER NOT NULL REFERENCES managers(id),
  entity_id       INTEGER NOT NULL REFERENCES entities(id),
  quality_id      INTEGER REFERENCES qualities(id),   -- NULL: every qualité of the entity
  user_id         INTEGER NOT NULL REFERENCES users(id),
  conversation_id TEXT,                                -- where to say "it is inactive now"
  created_at      INTEGER NOT NULL,
  effective_at    INTEGER NOT NULL,
  applied_at      INTEGER,
  result          TEXT NOT NULL DEFAULT '{}'           -- what the first execution answered (JSON)
) STRICT;
CREATE INDEX revocation_requests_byAppliedEffective ON revocation_requests (applied_at, effective_at);

ALTER TABLE grants ADD COLUMN revoke_at INTEGER;
ALTER TABLE grants ADD COLUMN revoke_request_id INTEGER REFERENCES revocation_requests(id);
ALTER TABLE function_assignments ADD COLUMN end_at INTEGER;
ALTER TABLE function_assignments ADD COLUMN end_request_id INTEGER REFERENCES revocation_requests(id);
ALTER TABLE user_memberships ADD COLUMN remove_at INTEGER;
ALTER TABLE user_memberships ADD COLUMN remove_request_id INTEGER REFERENCES revocation_requests(id);
