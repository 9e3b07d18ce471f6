-- PostgreSQL twin of ../0120-directline-retention.sql.
-- Web chat logs hold what people typed, NISS numbers included: they are kept for a limited time
-- (DIRECT_LINE_RETENTION), and this index finds the old ones without reading the whole log.
CREATE INDEX "directline_activities_byAt" ON directline_activities (at);
