-- Conversation state survives restarts; activations are told through an outbox.
CREATE TABLE conversations (
  id              TEXT PRIMARY KEY,
  reference       TEXT,                       -- botbuilder ConversationReference (JSON)
  locale          TEXT NOT NULL DEFAULT 'fr',
  snapshot        TEXT,                       -- XState persisted snapshot (JSON)
  machine_version INTEGER NOT NULL DEFAULT 0,
  version         INTEGER NOT NULL DEFAULT 0, -- optimistic lock: a stale writer is refused
  updated_at      INTEGER NOT NULL
) STRICT;

-- Replies already given to an activity, so a redelivery is answered the same and run once.
CREATE TABLE processed_activities (
  conversation_id TEXT NOT NULL,
  activity_id     TEXT NOT NULL,
  replies         TEXT NOT NULL,              -- JSON array of activities
  at              INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, activity_id)
) STRICT;
CREATE INDEX processed_activities_byAt ON processed_activities (at);

CREATE TABLE outbox (
  id              INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  request_id      INTEGER REFERENCES grant_requests(id),
  kind            TEXT NOT NULL,
  payload         TEXT NOT NULL,              -- JSON
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER
) STRICT;
CREATE INDEX outbox_byStatusNextAttempt ON outbox (status, next_attempt_at);
