-- Reference data (from the hospital's procedures) and the people who act or are acted upon.
CREATE TABLE entities (
  id         INTEGER PRIMARY KEY,
  inami      TEXT NOT NULL UNIQUE,          -- '710087-50'
  name       TEXT NOT NULL,
  created_at INTEGER NOT NULL                -- ms since epoch
) STRICT;

CREATE TABLE quality_kinds (
  code    TEXT PRIMARY KEY,
  name_fr TEXT NOT NULL, name_nl TEXT NOT NULL, name_de TEXT NOT NULL, name_en TEXT NOT NULL
) STRICT;

CREATE TABLE qualities (
  id        INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  kind      TEXT NOT NULL REFERENCES quality_kinds(code),
  active    INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
  UNIQUE (entity_id, kind)
) STRICT;

CREATE TABLE applications (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE,
  name_fr TEXT NOT NULL, name_nl TEXT NOT NULL, name_de TEXT NOT NULL, name_en TEXT NOT NULL,
  description_fr TEXT NOT NULL DEFAULT '', description_nl TEXT NOT NULL DEFAULT '',
  description_de TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '',
  aliases    TEXT NOT NULL DEFAULT '[]',     -- JSON array of lowercase spellings
  collaborator_needs_function INTEGER NOT NULL DEFAULT 0 CHECK (collaborator_needs_function IN (0, 1))
) STRICT;

CREATE TABLE application_quality_kinds (
  application_id INTEGER NOT NULL REFERENCES applications(id),
  quality_kind   TEXT NOT NULL REFERENCES quality_kinds(code),
  PRIMARY KEY (application_id, quality_kind)
) STRICT;

CREATE TABLE functions (
  code     TEXT PRIMARY KEY,
  name_fr TEXT NOT NULL, name_nl TEXT NOT NULL, name_de TEXT NOT NULL, name_en TEXT NOT NULL,
  for_role TEXT NOT NULL CHECK (for_role IN ('doctor', 'pharmacist'))
) STRICT;

CREATE TABLE managers (
  id              INTEGER PRIMARY KEY,
  channel_user_id TEXT NOT NULL UNIQUE,
  aad_object_id   TEXT UNIQUE,
  name            TEXT NOT NULL,
  created_at      INTEGER NOT NULL
) STRICT;

-- A Gestionnaire d'accès may hold a role for one qualité only (quality_id set);
-- HELPDESK spans entities (entity_id NULL).
CREATE TABLE manager_roles (
  id         INTEGER PRIMARY KEY,
  manager_id INTEGER NOT NULL REFERENCES managers(id),
  role       TEXT NOT NULL CHECK (role IN ('RAE', 'CO_RAE', 'GA', 'HELPDESK')),
  entity_id  INTEGER REFERENCES entities(id),
  quality_id INTEGER REFERENCES qualities(id),
  CHECK ((role = 'HELPDESK') = (entity_id IS NULL)),
  CHECK (quality_id IS NULL OR role = 'GA')
) STRICT;
CREATE UNIQUE INDEX manager_roles_byManagerRoleScope
  ON manager_roles (manager_id, role, ifnull(entity_id, 0), ifnull(quality_id, 0));

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  niss          TEXT NOT NULL UNIQUE CHECK (length(niss) = 11),
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  last_name     TEXT NOT NULL,
  first_name    TEXT NOT NULL,
  title         TEXT,
  language      TEXT NOT NULL CHECK (language IN ('fr', 'nl', 'de', 'en')),
  email         TEXT NOT NULL,
  local_email   TEXT,
  status        TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
  password_hash TEXT,                         -- scrypt; never a clear password
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;

-- The portal lists users per entity and qualité.
CREATE TABLE user_memberships (
  user_id    INTEGER NOT NULL REFERENCES users(id),
  quality_id INTEGER NOT NULL REFERENCES qualities(id),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, quality_id)
) STRICT;
CREATE INDEX user_memberships_byQuality ON user_memberships (quality_id);
