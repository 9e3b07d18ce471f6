-- PostgreSQL twin of ../0110-card-messages.sql.
-- The message that carries a conversation's pending summary card, so that once confirmed it is
-- updated in place (no second click) even if the confirmation comes after a restart.
CREATE TABLE card_messages (
  conversation_id TEXT NOT NULL,
  marker          TEXT NOT NULL,            -- the request the card belongs to (see src/bot/cards.ts)
  slot            TEXT NOT NULL,
  activity_id     TEXT NOT NULL,
  activity        TEXT NOT NULL,            -- the message as sent (JSON): the update keeps its text
  at              BIGINT NOT NULL,
  PRIMARY KEY (conversation_id, marker, slot)
);
