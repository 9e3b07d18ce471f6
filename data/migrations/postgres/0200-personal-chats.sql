-- PostgreSQL twin of ../0200-personal-chats.sql.
-- Each manager's 1:1 chat with Sésame per channel, so that a conversation begun in a group chat
-- or a channel continues there and notices reach the manager privately.
CREATE TABLE personal_chats (
  manager_id      BIGINT NOT NULL REFERENCES managers(id),
  channel_id      TEXT NOT NULL,             -- 'msteams'
  conversation_id TEXT NOT NULL,
  reference       TEXT NOT NULL,             -- JSON conversation reference, for proactive messages
  updated_at      BIGINT NOT NULL,
  PRIMARY KEY (manager_id, channel_id)
);
