import type { Store } from '../../src/store/store';
import { auditFor, whoGranted } from '../../src/services/audit-view.service';
import { ForbiddenError } from '../../src/domain/authorization';
import { DELAY, demoStore, NOW } from './fixtures';
import { addManager, grant, lookUp, type Ids } from './people-fixtures';
import { servicesOf } from '../../src/services';

let store: Store;
let ids: Ids;
beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

describe('the audit log', () => {
  it('answers "who gave access to HospiSup to 85073003328": who, when, where', async () => {
    const ga = addManager(store, 'ga-a', [['GA', ids.entityA]]);
    await grant(store, { managerId: ga, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP', 'EBIRTH'] });
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['HOSPISUP'] });
    expect(await whoGranted(store, ids.coRae, '85.07.30-033.28', 'hospisup')).toEqual([
      expect.objectContaining({
        action: 'grantAccess', by: 'ga-a', byName: 'ga-a', onBehalfOf: 'ga-a', at: new Date(NOW).toISOString(), entity: '710087-50',
        entityName: 'Hôpitaux IRIS Sud', quality: 'HOSPITAL', niss: '85073003328', userName: 'Marie Dupont', application: 'HOSPISUP',
      }),
    ]);
  });

  it('records every change to access, with the system acting on behalf of the manager who asked', async () => {
    await grant(store, {
      managerId: ids.coRae, qualityId: ids.careA, activateQuality: true, applicationCodes: ['CHAPTER_IV'],
      user: { newUser: { niss: '75010112371', username: 'amartin', lastName: 'Martin', firstName: 'Alice', title: null, language: 'fr', email: 'a@example.org', localEmail: null } },
    });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    const user = store.people.userByUsername('amartin')!;
    await servicesOf(store).revocations.execute({ idempotencyKey: 'r1', managerId: ids.coRae, conversationId: null, userId: user.id, kind: 'revokeApplications', qualityId: ids.careA, applicationCodes: ['CHAPTER_IV'] }, NOW + DELAY + 1);
    servicesOf(store).deactivation.applyDue(NOW + 2 * DELAY + 1);
    const all = store.audit.list();
    expect(all.map((a) => [a.action, a.by, a.onBehalfOf, a.application])).toEqual([
      ['deactivateGrant', 'system', 'demo-manager', 'CHAPTER_IV'],
      ['revokeAccess', 'demo-manager', 'demo-manager', 'CHAPTER_IV'],
      ['activateGrant', 'system', 'demo-manager', 'CHAPTER_IV'],
      ['grantAccess', 'demo-manager', 'demo-manager', 'CHAPTER_IV'],
      ['createUser', 'demo-manager', 'demo-manager', null],
      ['activateQuality', 'demo-manager', 'demo-manager', null],
    ]);
  });

  it('filters by NISS, application, manager, action, entity and time', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] }, NOW);
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalB, user: { existingUserId: ids.els }, applicationCodes: ['EBIRTH'] }, NOW + 60_000);
    const actions = (f: Parameters<Store['audit']['list']>[0]) => store.audit.list(f).map((a) => `${a.action}:${a.niss}:${a.application}`);
    expect(actions({ niss: '78110324621' })).toEqual(['grantAccess:78110324621:EBIRTH']);
    expect(actions({ application: 'HOSPISUP' })).toEqual(['grantAccess:85073003328:HOSPISUP']);
    expect(actions({ manager: 'demo-manager' })).toHaveLength(2);
    expect(actions({ manager: 'nobody' })).toEqual([]);
    expect(actions({ action: 'createUser' })).toEqual([]);
    expect(actions({ entityId: ids.entityB })).toEqual(['grantAccess:78110324621:EBIRTH']);
    expect(actions({ since: NOW + 1 })).toEqual(['grantAccess:78110324621:EBIRTH']);
    expect(actions({ until: NOW })).toEqual(['grantAccess:85073003328:HOSPISUP']);
    expect(actions({ limit: 1 })).toHaveLength(1);
  });

  it('shows a manager only their entities; HELPDESK sees all; asking for another entity is refused', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] });
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalB, user: { existingUserId: ids.els }, applicationCodes: ['EBIRTH'] });
    const raeB = addManager(store, 'rae-b', [['RAE', ids.entityB]]);
    expect((await auditFor(store, raeB, {})).map((a) => a.entity)).toEqual(['710338-90']);
    expect(await auditFor(store, ids.helpdesk, { action: 'grantAccess' })).toHaveLength(2);
    await expect(auditFor(store, raeB, { entityId: ids.entityA })).rejects.toThrow(ForbiddenError);
    await expect(auditFor(store, addManager(store, 'nobody', []), {})).rejects.toThrow(ForbiddenError);
  });
});
