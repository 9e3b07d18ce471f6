-- PostgreSQL twin of ../0800-outbox-leases.sql.
-- Several instances send one outbox (issue 16): a sender first claims the due rows it will send,
-- for a while (a lease), so no other instance sends them meanwhile. The claim also moves
-- next_attempt_at to the lease's end: the rows are not due for anyone else until then (the index
-- outbox_byStatusNextAttempt serves the claim as it served the due rows), and an instance killed
-- mid-send leaves its rows to be sent by another once the lease ends (at least once).
-- claimed_by names the holder (kept once sent: who sent it); lease_until, with it, names one claim:
-- marking the row sent or to retry counts only for the claim that still holds it.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN lease_until BIGINT;
ALTER TABLE mail_outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE mail_outbox ADD COLUMN lease_until BIGINT;
-- The rows an instance holds and has not sent yet (the holder's own, given back when it stops).
CREATE INDEX "outbox_byClaimedBy" ON outbox (claimed_by) WHERE status = 'pending';
CREATE INDEX "mail_outbox_byClaimedBy" ON mail_outbox (claimed_by) WHERE status = 'pending';
