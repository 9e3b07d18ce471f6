-- PostgreSQL twin of ../0100-directline.sql.
-- The web chat's Direct Line conversations: who owns each, and every activity in order, so a page
-- reloaded (or a server restarted) resumes the conversation with its history and watermark.
CREATE TABLE directline_conversations (
  id         TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL,                 -- the token's subject: only they may read or post
  created_at BIGINT NOT NULL
);
CREATE INDEX "directline_conversations_byUser" ON directline_conversations (user_id);

CREATE TABLE directline_activities (
  conversation_id TEXT NOT NULL REFERENCES directline_conversations(id),
  seq             BIGINT NOT NULL,          -- the watermark: position in the conversation's log
  activity_id     TEXT NOT NULL,            -- an update appends the same id again (Web Chat replaces it)
  activity        TEXT NOT NULL,            -- JSON
  at              BIGINT NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
