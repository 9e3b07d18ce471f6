-- PostgreSQL twin of ../0040-grant-request-result.sql.
-- A redelivered confirmation must be answered exactly as the first one, including what the
-- person already held; the request keeps the result it gave (GrantResult JSON, without 'replayed').
ALTER TABLE grant_requests ADD COLUMN result TEXT NOT NULL DEFAULT '{}';

-- Requests confirmed before this migration: rebuilt from their rows, as SQLite's json_object does
-- (json_agg gives NULL on no row where json_group_array gives []; a request has one function at most).
UPDATE grant_requests SET result = json_build_object(
  'requestId', id,
  'userId', user_id,
  'grants', coalesce((
    SELECT json_agg(json_build_object('id', g.id, 'applicationCode', a.code, 'activeAt', g.active_at, 'alreadyHeld', false) ORDER BY g.id)
    FROM grants g JOIN applications a ON a.id = g.application_id WHERE g.request_id = grant_requests.id
  ), '[]'::json),
  'fn', (
    SELECT json_build_object('id', f.id, 'code', f.function_code, 'startDate', f.start_date, 'endDate', f.end_date,
                             'activeAt', f.active_at, 'alreadyHeld', false)
    FROM function_assignments f WHERE f.request_id = grant_requests.id ORDER BY f.id LIMIT 1
  )
)::text;
