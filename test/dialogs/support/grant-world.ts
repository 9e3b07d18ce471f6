import { createActor, fromPromise } from 'xstate';
import { grantAccessMachine, type ExecutionOutcome } from '../../../dialogs/grant/grant-access.machine';
import { slotOf, viewOf, type GrantSnapshot } from '../../../dialogs/grant/grant-access.view';
import type { CatalogOption, ColleagueAccess, EntityOption, GrantRequest, NamedCandidate, Person, PersonNameQuestion, QualityOption, RefusalAsked, Slot, StatusAnswer, StatusQuestion } from '../../../dialogs/grant/grant-access.types';
import type { MessageKey } from '../../../src/i18n/grant.catalog';
import { vocabularyOf } from '../../../dialogs/grant/absorb';
import { sayTo } from '../../support/say';
import { nissCheckDigits } from '../../../src/domain/niss';

/**
 * A grant conversation against fake actors, for tables of what managers write: the entities and
 * qualités the manager may act in, the people known, and every request the machine executes.
 */

// Monday 2026-11-23, 10:00 in Brussels.
export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const names = (fr: string) => ({ fr, nl: fr, de: fr, en: fr });

export const IRIS: EntityOption = { id: 1, inami: '710087-50', name: 'Hôpitaux IRIS Sud', role: 'CO_RAE' };
export const ANNE: EntityOption = { id: 2, inami: '710338-90', name: 'Clinique Sainte-Anne Saint-Remi', role: 'RAE' };
/** An entity of the network where the manager holds no role. */
export const LIEGE = { id: 3, inami: '710555-20', name: 'CHU de Liège Sart Tilman' };
export const HOSPITAL: QualityOption = { id: 11, kind: 'HOSPITAL', names: names('Prestataire de soins : hôpital'), active: true, mayActivate: true };
export const INAMI_CARE: QualityOption = { id: 12, kind: 'INAMI_CARE', names: names('Soins de santé (INAMI)'), active: true, mayActivate: true };
const BOTH = ['HOSPITAL', 'INAMI_CARE'];
export const APPS = [
  { code: 'HOSPISUP', names: names('HospiSup'), aliases: ['hospi sup'], needsFunction: false, qualityKinds: ['HOSPITAL'] },
  { code: 'COLINDOS', names: names('Colindos'), aliases: ['colindo'], needsFunction: true, qualityKinds: ['HOSPITAL'] },
  { code: 'HOSPILISS', names: names('Hospiliss'), aliases: [], needsFunction: true, qualityKinds: ['HOSPITAL'] },
  { code: 'EBIRTH', names: names('eBirth'), aliases: [], needsFunction: false, qualityKinds: ['HOSPITAL'] },
  { code: 'CHAPTER_IV', names: names('Chapter IV Agreement Requesting System'), aliases: ['chapitre iv'], needsFunction: false, qualityKinds: BOTH },
];
const QUALITY_KINDS = [
  { code: 'HOSPITAL', names: { fr: 'Prestataire de soins : hôpital', nl: 'Zorgverlener: ziekenhuis', de: 'Pflegeerbringer: Krankenhaus', en: 'Healthcare provider: hospital' } },
  { code: 'INAMI_CARE', names: { fr: 'Soins de santé (INAMI)', nl: 'Geneeskundige verzorging (RIZIV)', de: 'Gesundheitspflege (LIKIV)', en: 'Health care (NIHDI)' } },
];
const FUNCTIONS = [
  { code: 'COLLAB_SPECIALIST', names: names('collaborateur médecin-spécialiste'), forRole: 'doctor' as const },
  { code: 'COLLAB_PHARMACIST', names: names('collaborateur pharmacien hospitalier'), forRole: 'pharmacist' as const },
];
export const MARIE_NISS = '85073003328';
export const JAN_NISS = '90041212377';
/** A user of another entity only. */
export const OTHER_NISS = '78110324621';
export const NEW_NISS = `920315123${nissCheckDigits('920315123', 1900)}`;
export const MARIE: Person = { id: 7, firstName: 'Marie', lastName: 'Dupont', username: 'mdupont', title: 'Dr', functions: [], holdings: [{ code: 'HOSPISUP', qualityId: 11 }], elsewhere: false };
export const JAN: Person = { id: 8, firstName: 'Jan', lastName: 'Peeters', username: 'jpeeters', title: null, functions: [], holdings: [], elsewhere: false };
/** A second Peeters (a shared surname). */
export const AN_NISS = '65031212330';
export const AN: Person = { id: 10, firstName: 'An', lastName: 'Peeters', username: 'anpeeters', title: null, functions: [], holdings: [], elsewhere: false };
const OTHER: Person = { id: 9, firstName: '', lastName: '', username: '', title: null, functions: [], holdings: [], elsewhere: true };
export const PEOPLE: Record<string, Person> = { [MARIE_NISS]: MARIE, [JAN_NISS]: JAN, [OTHER_NISS]: OTHER, [AN_NISS]: AN };

const CATALOG: CatalogOption = { entities: [IRIS, ANNE, LIEGE], qualityKinds: QUALITY_KINDS, applications: APPS, functions: FUNCTIONS };

/** What the store reads a first message with: the manager's entities, the network's others, the catalog. */
export const vocabularyOfWorld = (world: World) => vocabularyOf({ entities: world.entities ?? [ANNE, IRIS], catalog: CATALOG });

export interface World {
  entities?: EntityOption[];
  qualities?: QualityOption[];
  /** Qualités per entity, when they differ (then a qualité id tells the entity too). */
  qualitiesOf?: (entityId: number) => QualityOption[];
  /** The users of the manager's entities by name ("Marie Dupont"): none unless given. */
  named?: Record<string, string[]>;
}

/** The grant machine on fake actors: every request it executes is pushed to `executed`, every refusal it audits to `refused`. */
export function fakeGrantMachine(world: World, executed: GrantRequest[], refused: (RefusalAsked & { managerId: number })[] = []) {
  return grantAccessMachine.provide({
    actors: {
      recordRefusal: fromPromise<void, RefusalAsked & { managerId: number }>(async ({ input }) => void refused.push(input)),
      loadEntities: fromPromise(async () => world.entities ?? [ANNE, IRIS]),
      loadQualities: fromPromise(async ({ input }: { input: { managerId: number; entityId: number } }) =>
        world.qualitiesOf?.(input.entityId) ?? world.qualities ?? [HOSPITAL, INAMI_CARE]),
      lookupPerson: fromPromise(async ({ input }: { input: { niss: string; managerId: number } }) => PEOPLE[input.niss] ?? null),
      findPersonByName: fromPromise<NamedCandidate[], PersonNameQuestion>(async ({ input }) =>
        (world.named?.[input.name] ?? []).map((niss) => ({ niss, label: `${PEOPLE[niss]!.title ? `${PEOPLE[niss]!.title} ` : ''}${PEOPLE[niss]!.firstName} ${PEOPLE[niss]!.lastName}` })),
      ),
      isUsernameFree: fromPromise(async () => true),
      loadCatalog: fromPromise<CatalogOption, void>(async () => CATALOG),
      colleagueAccess: fromPromise<ColleagueAccess | null, { niss: string; qualityId: number }>(async () => null),
      accessStatus: fromPromise<StatusAnswer, StatusQuestion>(async ({ input }) =>
        input.name === 'Marie Dupont' ? { person: 'Dr Marie Dupont', niss: MARIE_NISS, matches: 1, items: input.applicationCodes.map((code) => ({ code, state: 'none' as const })) }
          : input.name === 'Jan Peeters' ? { person: null, items: [], matches: 2 } : { person: null, items: [], ...(input.name ? { matches: 0 } : {}) }),
      executeGrant: fromPromise<ExecutionOutcome, GrantRequest>(async ({ input }) => {
        executed.push(input);
        return { ok: true, done: { replayed: false, grants: input.applicationCodes.map((c, i) => ({ id: i + 1, applicationCode: c, activeAt: NOW + 1_200_000, alreadyHeld: false })), fn: null } };
      }),
    },
  });
}

export function startGrant(world: World = {}) {
  const executed: GrantRequest[] = [];
  /** Every refusal the machine audits, as the store's refusal writer would receive it. */
  const refused: (RefusalAsked & { managerId: number })[] = [];
  const machine = fakeGrantMachine(world, executed, refused);
  const actor = createActor(machine, { input: { conversationId: 'conv-trust', managerId: 3, activationDelayMs: 1_200_000 } });
  actor.start();
  const say = (text: string): Promise<GrantSnapshot> => sayTo(actor, text, { at: NOW, vocabulary: vocabularyOfWorld(world) });
  return { actor, say, executed, refused };
}

export const noticeKeys = (s: GrantSnapshot): MessageKey[] => s.context.notices.map((n) => n.key);
/** The question asked after a turn, as its catalog key and parameters (null: none). */
export const promptOf = (s: GrantSnapshot) => viewOf(s, false).prompt?.message ?? null;

/** A step: what the manager types, then the slot asked next (null: nothing asked) and the notices expected. */
export type Step = [user: string, expecting: Slot | null, notices?: MessageKey[]];

export async function walk(world: World, steps: Step[]) {
  const grant = startGrant(world);
  let last: GrantSnapshot | undefined;
  for (const [user, expecting, notices] of steps) {
    last = await grant.say(user);
    expect({ user, expecting: slotOf(last) }).toEqual({ user, expecting });
    if (notices) expect({ user, notices: noticeKeys(last) }).toEqual({ user, notices: expect.arrayContaining(notices) });
  }
  return { ...grant, last: last! };
}
