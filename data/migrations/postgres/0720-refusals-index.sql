-- PostgreSQL twin of ../0720-refusals-index.sql.
-- /metrics counts refusals by action at every scrape: a partial index holds only the refused rows,
-- so the count reads those few, not the whole audit log.
CREATE INDEX "audit_log_refusalsByAction" ON audit_log (action) WHERE outcome = 'refused';
