import type { Store } from '../../src/store/store';
import type { GrantOrder } from '../../src/store/access.repo';
import { servicesOf } from '../../src/services';
import type { Role } from '../../src/domain/authorization';
import { NOW } from './fixtures';

/** The demo data's ids, by what the tests call them. */
export type Ids = {
  entityA: number; // 710087-50 Hôpitaux IRIS Sud: HOSPITAL active, INAMI_CARE inactive
  entityB: number; // 710338-90 Clinique Sainte-Anne Saint-Remi: HOSPITAL active
  hospitalA: number;
  careA: number;
  hospitalB: number;
  coRae: number; // demo-manager: CO_RAE on A, RAE on B
  helpdesk: number;
  marie: number; // mdupont, A/HOSPITAL, active
  jan: number; // jpeeters, A/HOSPITAL, active
  pieter: number; // pdesmet, A/HOSPITAL, disabled
  els: number; // ejanssens, B/HOSPITAL
  lucas: number; // lmertens, B/HOSPITAL, invited
};

export function lookUp(s: Store): Ids {
  const entityA = s.catalog.entityByInami('710087-50')!.id;
  const entityB = s.catalog.entityByInami('710338-90')!.id;
  const qa = s.catalog.qualitiesOfEntity(entityA);
  const qb = s.catalog.qualitiesOfEntity(entityB);
  const user = (u: string) => s.people.userByUsername(u)!.id;
  return {
    entityA,
    entityB,
    hospitalA: qa.find((q) => q.kind === 'HOSPITAL')!.id,
    careA: qa.find((q) => q.kind === 'INAMI_CARE')!.id,
    hospitalB: qb.find((q) => q.kind === 'HOSPITAL')!.id,
    coRae: s.people.managerByChannelUserId('demo-manager')!.id,
    helpdesk: s.people.managerByChannelUserId('demo-helpdesk')!.id,
    marie: user('mdupont'),
    jan: user('jpeeters'),
    pieter: user('pdesmet'),
    els: user('ejanssens'),
    lucas: user('lmertens'),
  };
}

export function addManager(store: Store, channelUserId: string, roles: [role: Role, entity: number | null, quality?: number][]): number {
  const m = store.people.addManager({ channelUserId, name: channelUserId });
  for (const [role, entity, quality] of roles) store.people.addRole(m.id, role, entity, quality ?? null);
  return m.id;
}

let seq = 0;
/** Grants through the real path (src/services), as the chat does. */
export function grant(store: Store, o: Partial<GrantOrder> & Pick<GrantOrder, 'managerId' | 'qualityId' | 'user'>, now = NOW) {
  seq += 1;
  return servicesOf(store).grants.execute(
    { idempotencyKey: `fixture-${seq}`, conversationId: 'conv-1', activateQuality: false, applicationCodes: ['HOSPISUP'], fn: null, ...o },
    now,
  );
}
