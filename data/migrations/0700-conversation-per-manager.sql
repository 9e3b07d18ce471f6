-- Two people may write in one conversation id (a Teams group chat, a client reusing ids): each
-- manager's request in progress, the replies given to their activities and the reference their
-- notices go to are their own, so the state is kept per (conversation id, manager).
-- SQLite changes a primary key by rebuilding the table; the old rows keep their manager, read
-- from the snapshot (a snapshot naming no manager could not be resumed by anyone and is dropped).
ALTER TABLE conversations RENAME TO conversations_0600;
CREATE TABLE conversations (
  id              TEXT NOT NULL,
  manager_id      INTEGER NOT NULL REFERENCES managers(id),
  reference       TEXT,                       -- the reference of this manager's last turn here (JSON)
  locale          TEXT NOT NULL DEFAULT 'fr',
  snapshot        TEXT,                       -- this manager's flows (JSON)
  machine_version INTEGER NOT NULL DEFAULT 0,
  version         INTEGER NOT NULL DEFAULT 0, -- optimistic lock: a stale writer is refused
  updated_at      INTEGER NOT NULL,
  PRIMARY KEY (id, manager_id)
) STRICT;
INSERT INTO conversations (id, manager_id, reference, locale, snapshot, machine_version, version, updated_at)
  SELECT c.id, m.id, c.reference, c.locale, c.snapshot, c.machine_version, c.version, c.updated_at
  FROM conversations_0600 c
  JOIN managers m ON m.id = CASE WHEN json_valid(c.snapshot) THEN coalesce(
    json_extract(c.snapshot, '$.grant.context.managerId'),
    json_extract(c.snapshot, '$.side.state.managerId'),
    json_extract(c.snapshot, '$.side.state.context.managerId'),
    json_extract(c.snapshot, '$.context.managerId')) END;

-- A redelivery is answered with the replies given to the same sender only.
ALTER TABLE processed_activities RENAME TO processed_activities_0600;
DROP INDEX processed_activities_byAt;
CREATE TABLE processed_activities (
  conversation_id TEXT NOT NULL,
  manager_id      INTEGER NOT NULL REFERENCES managers(id),
  activity_id     TEXT NOT NULL,
  replies         TEXT NOT NULL,              -- JSON array of activities
  at              INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, manager_id, activity_id)
) STRICT;
CREATE INDEX processed_activities_byAt ON processed_activities (at);
INSERT INTO processed_activities (conversation_id, manager_id, activity_id, replies, at)
  SELECT p.conversation_id, c.manager_id, p.activity_id, p.replies, p.at
  FROM processed_activities_0600 p JOIN conversations c ON c.id = p.conversation_id;

DROP TABLE processed_activities_0600;
DROP TABLE conversations_0600;

-- A notice goes to the reference of the manager whose change it announces, never to whoever
-- wrote last in that conversation id. Older notices: the request's manager, else the one
-- manager the conversation had.
ALTER TABLE outbox ADD COLUMN manager_id INTEGER REFERENCES managers(id);
UPDATE outbox SET manager_id = coalesce(
  (SELECT r.manager_id FROM grant_requests r WHERE r.id = outbox.request_id),
  (SELECT c.manager_id FROM conversations c WHERE c.id = outbox.conversation_id));
