import { Store } from '../../src/store/store';
import type { FakeConnector } from '../support/harness';
import type { CrashOutcome } from './crash-scenario';

const count = (store: Store, sql: string, ...params: unknown[]) => (store.db.prepare(sql).get(...params) as { n: number }).n;

/** What an auditor checks after the crashes: nothing acknowledged lost, nothing doubled, nothing left pending. */
export function checkStoreAfterCrashes(dbFile: string, outcome: CrashOutcome, nissList: string[], connector: FakeConnector) {
  const store = Store.open(dbFile, { activationDelayMs: 1000 });
  try {
    const problems: string[] = [];
    for (const [conversationId, grantIds] of outcome.acknowledged) {
      const requests = store.db.prepare(`SELECT id FROM grant_requests WHERE conversation_id = ?`).all(conversationId) as { id: number }[];
      if (requests.length !== 1) problems.push(`${conversationId}: ${requests.length} requests`);
      for (const id of grantIds) {
        const grant = store.db.prepare(`SELECT request_id, status FROM grants WHERE id = ?`).get(id) as { request_id: number; status: string } | undefined;
        if (!grant) {
          problems.push(`${conversationId}: acknowledged grant ${id} missing`);
          continue;
        }
        if (grant.request_id !== requests[0]?.id) problems.push(`${conversationId}: grant ${id} belongs to another request`);
        if (grant.status !== 'active') problems.push(`${conversationId}: grant ${id} still ${grant.status}`);
        const audits = count(store, `SELECT count(*) AS n FROM audit_log WHERE action = 'grantAccess' AND json_extract(details, '$.grantId') = ?`, id);
        if (audits !== 1) problems.push(`${conversationId}: grant ${id} has ${audits} grantAccess audit rows`);
        const activations = count(store, `SELECT count(*) AS n FROM audit_log WHERE action = 'activateGrant' AND json_extract(details, '$.grantId') = ?`, id);
        if (activations !== 1) problems.push(`${conversationId}: grant ${id} activated ${activations} times`);
      }
    }
    const totals = {
      requests: count(store, `SELECT count(*) AS n FROM grant_requests`),
      grants: count(store, `SELECT count(*) AS n FROM grants`),
      distinctGrants: count(store, `SELECT count(*) AS n FROM (SELECT DISTINCT user_id, application_id, quality_id FROM grants)`),
      grantAudits: count(store, `SELECT count(*) AS n FROM audit_log WHERE action = 'grantAccess'`),
      pending: count(store, `SELECT count(*) AS n FROM grants WHERE status = 'pending'`),
      outbox: count(store, `SELECT count(*) AS n FROM outbox`),
      outboxSent: count(store, `SELECT count(*) AS n FROM outbox WHERE status = 'sent'`),
      perUser: count(store, `SELECT count(*) AS n FROM (SELECT user_id FROM grants GROUP BY user_id HAVING count(*) > 1)`),
    };
    const notified = new Set(connector.received.map((r) => r.conversationId));
    const unnotified = [...outcome.acknowledged.keys()].filter((c) => !notified.has(c));
    return { problems, totals, unnotified, people: nissList.length };
  } finally {
    store.close();
  }
}
