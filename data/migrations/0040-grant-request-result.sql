-- A redelivered confirmation must be answered exactly as the first one, including what the
-- person already held; the request keeps the result it gave (GrantResult JSON, without 'replayed').
ALTER TABLE grant_requests ADD COLUMN result TEXT NOT NULL DEFAULT '{}';

-- Requests confirmed before this migration: rebuilt from their rows (nothing was already held
-- that their rows do not show).
UPDATE grant_requests SET result = json_object(
  'requestId', id,
  'userId', user_id,
  'grants', (
    SELECT json_group_array(json_object('id', g.id, 'applicationCode', a.code, 'activeAt', g.active_at, 'alreadyHeld', json('false')))
    FROM grants g JOIN applications a ON a.id = g.application_id WHERE g.request_id = grant_requests.id
  ),
  'fn', (
    SELECT json_object('id', f.id, 'code', f.function_code, 'startDate', f.start_date, 'endDate', f.end_date,
                       'activeAt', f.active_at, 'alreadyHeld', json('false'))
    FROM function_assignments f WHERE f.request_id = grant_requests.id
  )
);
