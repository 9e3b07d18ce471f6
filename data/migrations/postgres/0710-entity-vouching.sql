-- PostgreSQL twin of ../0710-entity-vouching.sql.
-- Whom an entity vouches for. Someone Sésame does not know is told the names of an entity's RAE
-- and Co-RAE only when they come from its Entra tenant or have an e-mail in its domain; anyone
-- else hears the helpdesk at most. Stored lower-case, so a lookup is one equality on an index.
ALTER TABLE entities ADD COLUMN entra_tenant_id TEXT
  CHECK (entra_tenant_id IS NULL OR (entra_tenant_id = lower(entra_tenant_id) AND length(entra_tenant_id) = 36));
ALTER TABLE entities ADD COLUMN email_domain TEXT
  CHECK (email_domain IS NULL OR (email_domain = lower(email_domain) AND email_domain NOT LIKE '%@%' AND email_domain LIKE '%_._%'));
CREATE INDEX "entities_byEntraTenantId" ON entities (entra_tenant_id) WHERE entra_tenant_id IS NOT NULL;
CREATE INDEX "entities_byEmailDomain" ON entities (email_domain) WHERE email_domain IS NOT NULL;
