-- Activation updates a request's function assignments by request id; without this index each
-- update read every pending assignment (see AccessRepo.activateDue).
CREATE INDEX function_assignments_byRequest ON function_assignments (request_id);
