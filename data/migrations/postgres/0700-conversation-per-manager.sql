-- PostgreSQL twin of ../0700-conversation-per-manager.sql.
-- Two people may write in one conversation id: each manager's request in progress, the replies
-- given to their activities and the reference their notices go to are their own, so the state is
-- kept per (conversation id, manager). Rebuilt as SQLite does, so the columns keep SQLite's order;
-- the old rows keep their manager, read from the snapshot (a snapshot naming no manager, or not
-- JSON, could not be resumed by anyone and is dropped).
CREATE FUNCTION pg_temp.sesame_jsonb_or_null(t TEXT) RETURNS JSONB LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN t::jsonb;
EXCEPTION WHEN others THEN
  RETURN NULL;
END
$$;

ALTER TABLE conversations RENAME TO conversations_0600;
ALTER TABLE conversations_0600 RENAME CONSTRAINT conversations_pkey TO conversations_0600_pkey;
CREATE TABLE conversations (
  id              TEXT NOT NULL,
  manager_id      BIGINT NOT NULL REFERENCES managers(id),
  reference       TEXT,                       -- the reference of this manager's last turn here (JSON)
  locale          TEXT NOT NULL DEFAULT 'fr',
  snapshot        TEXT,                       -- this manager's flows (JSON)
  machine_version INTEGER NOT NULL DEFAULT 0,
  version         INTEGER NOT NULL DEFAULT 0, -- optimistic lock: a stale writer is refused
  updated_at      BIGINT NOT NULL,
  PRIMARY KEY (id, manager_id)
);
INSERT INTO conversations (id, manager_id, reference, locale, snapshot, machine_version, version, updated_at)
  SELECT c.id, m.id, c.reference, c.locale, c.snapshot, c.machine_version, c.version, c.updated_at
  FROM conversations_0600 c
  CROSS JOIN LATERAL pg_temp.sesame_jsonb_or_null(c.snapshot) AS s(doc)
  JOIN managers m ON m.id::text = coalesce(
    s.doc #>> '{grant,context,managerId}',
    s.doc #>> '{side,state,managerId}',
    s.doc #>> '{side,state,context,managerId}',
    s.doc #>> '{context,managerId}');

-- A redelivery is answered with the replies given to the same sender only.
ALTER TABLE processed_activities RENAME TO processed_activities_0600;
ALTER TABLE processed_activities_0600 RENAME CONSTRAINT processed_activities_pkey TO processed_activities_0600_pkey;
DROP INDEX "processed_activities_byAt";
CREATE TABLE processed_activities (
  conversation_id TEXT NOT NULL,
  manager_id      BIGINT NOT NULL REFERENCES managers(id),
  activity_id     TEXT NOT NULL,
  replies         TEXT NOT NULL,              -- JSON array of activities
  at              BIGINT NOT NULL,
  PRIMARY KEY (conversation_id, manager_id, activity_id)
);
CREATE INDEX "processed_activities_byAt" ON processed_activities (at);
INSERT INTO processed_activities (conversation_id, manager_id, activity_id, replies, at)
  SELECT p.conversation_id, c.manager_id, p.activity_id, p.replies, p.at
  FROM processed_activities_0600 p JOIN conversations c ON c.id = p.conversation_id;

DROP TABLE processed_activities_0600;
DROP TABLE conversations_0600;
DROP FUNCTION pg_temp.sesame_jsonb_or_null(TEXT);

-- A notice goes to the reference of the manager whose change it announces, never to whoever
-- wrote last in that conversation id. Older notices: the request's manager, else the one
-- manager the conversation had.
ALTER TABLE outbox ADD COLUMN manager_id BIGINT REFERENCES managers(id);
UPDATE outbox SET manager_id = coalesce(
  (SELECT r.manager_id FROM grant_requests r WHERE r.id = outbox.request_id),
  (SELECT c.manager_id FROM conversations c WHERE c.id = outbox.conversation_id LIMIT 1));
