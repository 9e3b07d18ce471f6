-- PostgreSQL twin of ../0050-manager-locale.sql.
-- The language a manager asked Sésame to speak ("in English please"), kept for their next conversations.
ALTER TABLE managers ADD COLUMN locale TEXT CHECK (locale IN ('fr', 'nl', 'de', 'en'));
