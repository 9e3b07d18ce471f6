-- What managers asked for, what it became, and who did what.
-- One request per confirmation: its idempotency key makes a redelivered "yes" a no-op.
CREATE TABLE grant_requests (
  id              INTEGER PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  manager_id      INTEGER NOT NULL REFERENCES managers(id),
  quality_id      INTEGER NOT NULL REFERENCES qualities(id),
  user_id         INTEGER NOT NULL REFERENCES users(id),
  conversation_id TEXT,                       -- where to say "it is active now"
  created_at      INTEGER NOT NULL
) STRICT;

CREATE TABLE grants (
  id             INTEGER PRIMARY KEY,
  request_id     INTEGER NOT NULL REFERENCES grant_requests(id),
  user_id        INTEGER NOT NULL REFERENCES users(id),
  application_id INTEGER NOT NULL REFERENCES applications(id),
  quality_id     INTEGER NOT NULL REFERENCES qualities(id),
  status         TEXT NOT NULL CHECK (status IN ('pending', 'active', 'revoked')),
  requested_by   INTEGER NOT NULL REFERENCES managers(id),
  requested_at   INTEGER NOT NULL,
  active_at      INTEGER NOT NULL,            -- when it becomes (or became) active
  activated_at   INTEGER,
  revoked_at     INTEGER
) STRICT;
-- A person holds an application at most once per qualité.
CREATE UNIQUE INDEX grants_byUserApplicationQuality
  ON grants (user_id, application_id, quality_id) WHERE status <> 'revoked';
CREATE INDEX grants_byStatusActiveAt ON grants (status, active_at);
CREATE INDEX grants_byRequest ON grants (request_id);

CREATE TABLE function_assignments (
  id            INTEGER PRIMARY KEY,
  request_id    INTEGER REFERENCES grant_requests(id),
  user_id       INTEGER NOT NULL REFERENCES users(id),
  quality_id    INTEGER NOT NULL REFERENCES qualities(id),
  function_code TEXT NOT NULL REFERENCES functions(code),
  start_date    TEXT NOT NULL,                -- YYYY-MM-DD, Europe/Brussels
  end_date      TEXT,
  status        TEXT NOT NULL CHECK (status IN ('pending', 'active', 'ended')),
  active_at     INTEGER NOT NULL,             -- start date's midnight, not before the portal delay
  activated_at  INTEGER,
  created_by    INTEGER NOT NULL REFERENCES managers(id),
  created_at    INTEGER NOT NULL,
  CHECK (end_date IS NULL OR end_date > start_date)
) STRICT;
CREATE INDEX function_assignments_byStatusActiveAt ON function_assignments (status, active_at);
CREATE INDEX function_assignments_byUser ON function_assignments (user_id, quality_id);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          INTEGER NOT NULL,
  manager_id  INTEGER REFERENCES managers(id),  -- NULL when the system acts (activation)
  action      TEXT NOT NULL,
  outcome     TEXT NOT NULL CHECK (outcome IN ('ok', 'refused')),
  entity_id   INTEGER REFERENCES entities(id),
  quality_id  INTEGER REFERENCES qualities(id),
  user_id     INTEGER REFERENCES users(id),
  request_id  INTEGER REFERENCES grant_requests(id),
  details     TEXT NOT NULL DEFAULT '{}'        -- JSON; never a password, NISS only as stored ids
) STRICT;
CREATE INDEX audit_log_byUser ON audit_log (user_id, at);
CREATE INDEX audit_log_byEntity ON audit_log (entity_id, at);
