-- New users set their own password through a single-use link. Only the SHA-256 of the link's
-- token is kept: a copy of the database does not open anyone's invitation.
CREATE TABLE password_tokens (
  id         INTEGER PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER,
  revoked_at INTEGER                                   -- a newer invitation replaced it
) STRICT;
CREATE INDEX password_tokens_byUser ON password_tokens (user_id);

-- Mail to send, written in the transaction that makes it necessary, sent after it by a sender
-- that retries: a mail server down never rolls back a grant, and a crash never loses the mail.
CREATE TABLE mail_outbox (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('invitation')),
  user_id         INTEGER NOT NULL REFERENCES users(id),
  status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error      TEXT,
  created_at      INTEGER NOT NULL,
  sent_at         INTEGER
) STRICT;
CREATE INDEX mail_outbox_byStatusNextAttempt ON mail_outbox (status, next_attempt_at);

-- Whoever creates an invited user (a grant, a bulk run, a later import), the invitation follows,
-- in the same transaction.
CREATE TRIGGER users_inviteOnInsert AFTER INSERT ON users WHEN NEW.status = 'invited'
BEGIN
  INSERT INTO mail_outbox (kind, user_id, status, next_attempt_at, created_at)
  VALUES ('invitation', NEW.id, 'pending', NEW.created_at, NEW.created_at);
END;
