-- PostgreSQL twin of ../0400-activation-by-request.sql.
-- Activation updates a request's function assignments by request id; without this index each
-- update read every pending assignment (see AccessRepo.activateDue).
CREATE INDEX "function_assignments_byRequest" ON function_assignments (request_id);
