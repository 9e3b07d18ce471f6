import { demoStore, NOW, DELAY } from './fixtures';
it('probe', () => {
  const s = demoStore();
  const q = s.catalog.qualitiesOfEntity(s.catalog.entityByInami('710087-50')!.id).find((x) => x.kind === 'HOSPITAL')!.id;
  const m = s.people.managerByChannelUserId('demo-manager')!.id;
  const u = s.people.userByUsername('mdupont')!.id;
  const base = { managerId: m, conversationId: 'c', qualityId: q, activateQuality: false, user: { existingUserId: u } };
  s.access.executeGrant({ ...base, idempotencyKey: 'k1', applicationCodes: ['EBIRTH'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } }, NOW);
  const o2 = { ...base, idempotencyKey: 'k2', applicationCodes: ['EBIRTH', 'HOSPISUP'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } };
  const first = s.access.executeGrant(o2, NOW);
  const again = s.access.executeGrant(o2, NOW);
  console.log(JSON.stringify(first), '\n', JSON.stringify(again));
  // null request_id function
  s.db.prepare(`INSERT INTO function_assignments (request_id, user_id, quality_id, function_code, start_date, status, active_at, created_by, created_at) VALUES (NULL, ?, ?, 'COLLAB_PHARMACIST', '2026-03-01', 'pending', ?, ?, ?)`).run(u, q, NOW - 1, m, NOW);
  console.log(s.access.activateDue(NOW + 10 * DELAY), s.access.nextDueAt(), NOW - 1);
  // catalog change after first activation
  s.access.executeGrant({ ...base, idempotencyKey: 'k3', applicationCodes: ['HOSPILISS'], fn: null }, NOW);
  s.db.prepare(`INSERT INTO applications (code, name_fr, name_nl, name_de, name_en) VALUES ('NEWAPP','n','n','n','n')`).run();
  s.db.prepare(`INSERT INTO application_quality_kinds VALUES (last_insert_rowid(), 'HOSPITAL')`).run();
  s.access.executeGrant({ ...base, idempotencyKey: 'k4', applicationCodes: ['NEWAPP'], fn: null }, NOW + 100 * DELAY);
  try { console.log(s.access.activateDue(NOW + 200 * DELAY)); } catch (e) { console.log('ERR', e); }
});
