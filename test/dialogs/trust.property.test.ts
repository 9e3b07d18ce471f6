import fc from 'fast-check';
import { slotOf, viewOf } from '../../dialogs/grant/grant-access.view';
import type { Summary } from '../../src/i18n/grant.catalog';
import type { EntityOption, QualityOption, Slot } from '../../dialogs/grant/grant-access.types';
import { todayInBrussels } from '../../src/domain/dates';
import { ANNE, APPS, IRIS, JAN_NISS, MARIE_NISS, NOW, OTHER_NISS, PEOPLE, startGrant, vocabularyOfWorld, type World } from './support/grant-world';
import { isHelpdeskRequest, requestOf } from '../../dialogs/conversation.view';
import type { GrantEvent } from '../../dialogs/grant/grant-access.types';
import { grantMessage } from '../support/say';

/**
 * For any sequence of messages drawn from what managers write (entities with and without a role,
 * qualités, NISS, applications real and unknown, dates, yes/no, stop, corrections, second
 * requests), whatever is executed was named or chosen in the request it closes and shown on the
 * summary just confirmed, and never lacks the function its applications need for a collaborator.
 */

const names = (fr: string) => ({ fr, nl: fr, de: fr, en: fr });
const Q = (id: number, kind: string): QualityOption => ({ id, kind, names: names(kind), active: true, mayActivate: true });
// Qualité ids tell the entity: 11, 12 are IRIS's, 21 Sainte-Anne's.
const QUALITIES: Record<number, QualityOption[]> = { [IRIS.id]: [Q(11, 'HOSPITAL'), Q(12, 'INAMI_CARE')], [ANNE.id]: [Q(21, 'HOSPITAL')] };
const ENTITY_OF_QUALITY: Record<number, EntityOption> = { 11: IRIS, 12: IRIS, 21: ANNE };
const WORLDS: World[] = [
  { entities: [ANNE, IRIS], qualitiesOf: (id) => QUALITIES[id] ?? [] },
  { entities: [IRIS], qualitiesOf: (id) => QUALITIES[id] ?? [] },
  // A GA limited to the INAMI qualité of IRIS.
  { entities: [IRIS], qualitiesOf: () => [Q(12, 'INAMI_CARE')] },
];

/** What each message names, so the test knows what the manager said without reading it the way Sésame does. */
interface Word {
  text: string; entity?: number; kind?: string; niss?: string; apps?: string[]; self?: true;
  /** The person the word's applications are for, when it names one by name only ("also give Colindos to Jan Peeters"). */
  for?: string;
  /** Applications the word takes back ("instead of eBirth", "she no longer needs HospiSup"): no longer named after it. */
  unnames?: string[];
}
const WORDS: Word[] = [
  { text: 'bonjour' },
  { text: 'IRIS', entity: IRIS.id }, { text: 'Sainte-Anne', entity: ANNE.id }, { text: 'pour le CHU de Liège' }, { text: 'entité 710999-99' },
  { text: 'qualité hôpital', kind: 'HOSPITAL' }, { text: 'soins de santé', kind: 'INAMI_CARE' }, { text: 'hoedanigheid ziekenhuis', kind: 'HOSPITAL' },
  { text: '1' }, { text: '2' }, { text: '3' },
  { text: MARIE_NISS, niss: MARIE_NISS }, { text: JAN_NISS, niss: JAN_NISS }, { text: OTHER_NISS, niss: OTHER_NISS }, { text: '85073003329' },
  { text: 'HospiSup', apps: ['HOSPISUP'] }, { text: 'Colindos', apps: ['COLINDOS'] }, { text: 'eBirth et Hospiliss', apps: ['EBIRTH', 'HOSPILISS'] },
  { text: 'Chapter IV', apps: ['CHAPTER_IV'] }, { text: 'Xyzzyplan' }, { text: 'donne Xyzzyplan à 85073003328', niss: MARIE_NISS },
  { text: 'donne Colindos à 90041212377 pour IRIS', niss: JAN_NISS, apps: ['COLINDOS'], entity: IRIS.id },
  { text: 'geef eBirth aan 85073003328 in Sainte-Anne', niss: MARIE_NISS, apps: ['EBIRTH'], entity: ANNE.id },
  { text: 'give Hospiliss to Jan Peeters', apps: ['HOSPILISS'] },
  { text: 'donne eBirth à 85073003328 pour IRIS', niss: MARIE_NISS, apps: ['EBIRTH'], entity: IRIS.id },
  { text: 'HospiSup pour 90041212377 à Sainte-Anne', niss: JAN_NISS, apps: ['HOSPISUP'], entity: ANNE.id },
  { text: "Colindos pour 90041212377, il assiste le Dr Peeters à partir du 3 du mois prochain", niss: JAN_NISS, apps: ['COLINDOS'] },
  { text: 'Chapter IV voor 85073003328, hoedanigheid RIZIV', niss: MARIE_NISS, apps: ['CHAPTER_IV'], kind: 'INAMI_CARE' }, { text: 'gib HospiSup an 78110324621 für IRIS', niss: OTHER_NISS, apps: ['HOSPISUP'], entity: IRIS.id },
  { text: "collaborateur d'un médecin" }, { text: 'il assiste le Dr Peeters' }, { text: 'she works for a pharmacist' }, { text: 'elle est médecin', self: true },
  { text: "c'est pour le Dr Peeters" },
  { text: 'à partir du 1er mars 2027' }, { text: 'du 1er mars 2027 au 1er février 2027' }, { text: 'à partir du 3 mars 2025' }, { text: 'vanaf over twee weken' },
  { text: 'jusqu’à fin juin' }, { text: 'aucune' },
  { text: 'oui' }, { text: 'oui' }, { text: 'yes' }, { text: 'non' }, { text: 'non, on arrête tout' }, { text: 'annuler' },
  { text: 'pas Colindos' }, { text: "non, le NISS c'est 90041212377", niss: JAN_NISS }, { text: 'ajoute aussi eBirth', apps: ['EBIRTH'] }, { text: 'modifier la date' },
  { text: 'in English please' }, { text: 'recommencer' }, { text: 'retour' },
  // Another person said with "also": their applications are theirs only.
  { text: 'also give Colindos to Jan Peeters, he assists a doctor', apps: ['COLINDOS'], for: JAN_NISS },
  { text: 'donne aussi Colindos à Jan Peeters', apps: ['COLINDOS'], for: JAN_NISS },
  { text: 'geef ook Hospiliss aan Jan Peeters', apps: ['HOSPILISS'], for: JAN_NISS },
  { text: 'gib auch eBirth an Jan Peeters', apps: ['EBIRTH'], for: JAN_NISS },
  { text: `also give Colindos to ${JAN_NISS}`, apps: ['COLINDOS'], niss: JAN_NISS },
  { text: `donne aussi HospiSup à ${MARIE_NISS}`, apps: ['HOSPISUP'], niss: MARIE_NISS },
  // Negated needs and removals: never a grant of what they name.
  { text: "elle n'a plus besoin de HospiSup", unnames: ['HOSPISUP'] }, { text: 'Frau Dupont braucht Colindos nicht mehr', unnames: ['COLINDOS'] },
  { text: 'neem eBirth af', unnames: ['EBIRTH'] }, { text: 'zij heeft Hospiliss niet meer nodig', unnames: ['HOSPILISS'] },
  { text: "she doesn't need HospiSup anymore", unnames: ['HOSPISUP'] }, { text: 'remove her access to eBirth', unnames: ['EBIRTH'] },
  { text: "coupe l'accès Colindos", unnames: ['COLINDOS'] }, { text: 'bitte HospiSup sperren', unnames: ['HOSPISUP'] },
  { text: `${MARIE_NISS} no longer needs eBirth`, unnames: ['EBIRTH'] },
  // Instead of: the one named in place of the other.
  { text: 'Chapter IV statt eBirth', apps: ['CHAPTER_IV'], unnames: ['EBIRTH'] }, { text: "HospiSup au lieu de Colindos", apps: ['HOSPISUP'], unnames: ['COLINDOS'] },
  { text: 'remplace eBirth par Hospiliss', apps: ['HOSPILISS'], unnames: ['EBIRTH'] }, { text: 'Colindos in plaats van HospiSup', apps: ['COLINDOS'], unnames: ['HOSPISUP'] },
  { text: 'swap HospiSup for eBirth', apps: ['EBIRTH'], unnames: ['HOSPISUP'] }, { text: 'Chapter IV instead of Colindos', apps: ['CHAPTER_IV'], unnames: ['COLINDOS'] },
  // Everyday words near application names, and near misses (said when taken).
  { text: 'du service diabète' }, { text: 'avant son congé de naissance' }, { text: 'in plaats van de collega' }, { text: 'eerste lijn' },
  { text: 'she works on rare disease' }, { text: 'pendant ses disponibilités' }, { text: 'hospital' }, { text: 'hospitalisation' },
  { text: 'colindoss', apps: ['COLINDOS'] }, { text: 'Hospisop', apps: ['HOSPISUP'] },
];

/** Yes is drawn often, so that many sequences reach an execution. */
const MESSAGE = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 3 }, { arbitrary: fc.constant<Word>({ text: 'oui' }), weight: 1 });

interface Said { word: Word; slot: Slot | null; options: { entities: number[]; qualities: QualityOption[]; apps: string[] } }

/** What the messages of one request named or chose: by their words, or by number from the list then asked. */
function namedIn(said: Said[]) {
  const entities = new Set<number>();
  const kinds = new Set<string>();
  const niss = new Set<string>();
  /** Each application named, with whom it was named for ('*': the request's person, whoever that is). */
  const apps = new Map<string, Set<string>>();
  let self = false;
  let person: string | undefined;
  for (const { word, slot, options } of said) {
    if (word.entity) entities.add(word.entity);
    if (word.kind) kinds.add(word.kind);
    // Asked which qualité, "hospital" is the hospital one's code: an answer, though it names nothing in a sentence.
    if (slot === 'quality' && word.text === 'hospital' && options.qualities.some((q) => q.kind === 'HOSPITAL')) kinds.add('HOSPITAL');
    const nissBefore = niss.size;
    const personBefore = person;
    if (word.niss) niss.add(word.niss);
    if (word.niss) person = word.niss;
    for (const a of word.unnames ?? []) apps.delete(a);
    // Said before any NISS, "to Jan Peeters" is whoever's NISS comes next; said after another's, it is someone else than that
    // person; said after his own, it is the request's person (whom a later NISS may correct, as any person).
    const whom = word.for !== undefined && nissBefore > 0 && word.for !== personBefore ? word.for : '*';
    for (const a of word.apps ?? []) apps.set(a, (apps.get(a) ?? new Set()).add(whom));
    if (word.self) self = true;
    const n = /^\d$/.test(word.text) ? Number(word.text) - 1 : -1;
    if (n < 0) continue;
    if (slot === 'entity' && options.entities[n] !== undefined) entities.add(options.entities[n]!);
    if (slot === 'quality' && options.qualities[n]) kinds.add(options.qualities[n]!.kind);
    if (slot === 'applications' && options.apps[n]) apps.set(options.apps[n]!, (apps.get(options.apps[n]!) ?? new Set()).add('*'));
    if (slot === 'role' && n < 2) self = true;
  }
  return { entities, kinds, niss, apps, self };
}

/** As the conversation machine routes (asksHelpdesk, asksPeople): a request of another kind goes to its own dialog. */
function isForAnotherDialog(event: GrantEvent): boolean {
  const request = event.type === 'TEXT' ? requestOf(event.commands) : undefined;
  return request !== undefined && (isHelpdeskRequest(request.kind) || request.intent !== undefined);
}

const NISS_OF_USER = Object.fromEntries(Object.entries(PEOPLE).map(([niss, p]) => [p.id, niss]));
const needsFunction = (code: string) => APPS.find((a) => a.code === code)?.needsFunction ?? false;

describe('no grant for what was not named, no collaborator without the function (property)', () => {
  it('holds for any sequence of messages', async () => {
    // Counted so that the property is not satisfied by sequences that never execute anything.
    let executions = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...WORLDS.keys()), fc.array(MESSAGE, { minLength: 1, maxLength: 16 }), async (w, words) => {
        const world = WORLDS[w]!;
        const { say, executed, actor } = startGrant(world);
        let request: Said[] = [];
        let summary: Summary | null = null;
        for (const word of words) {
          const before = actor.getSnapshot();
          const c = before.context;
          // Another request (a revocation, a diagnosis…) is the conversation's, which sets the grant aside: the grant dialog never reads it.
          if (isForAnotherDialog(grantMessage(c, word.text, vocabularyOfWorld(world)))) continue;
          request.push({ word, slot: slotOf(before), options: { entities: c.entities.map((e) => e.id), qualities: c.qualities, apps: c.applications.map((a) => a.code) } });
          const count = executed.length;
          const after = await say(word.text);
          if (executed.length > count) {
            executions += 1;
            const r = executed[executed.length - 1]!;
            const named = namedIn(request);
            const entity = ENTITY_OF_QUALITY[r.qualityId]!;
            const qualities = QUALITIES[entity.id]!;
            const kind = qualities.find((q) => q.id === r.qualityId)!.kind;
            // Confirmed from the summary just shown, and exactly what it showed.
            expect(summary).not.toBeNull();
            expect(summary!.entity).toBe(entity.name);
            expect(summary!.applications.map((a) => a.fr).sort()).toEqual(r.applicationCodes.map((code) => APPS.find((a) => a.code === code)!.names.fr).sort());
            // Named or chosen: the entity (or the manager's only one), the qualité (or the only one / the only one holding the applications), the person, every application.
            expect(named.entities.has(entity.id) || world.entities!.length === 1).toBe(true);
            const holding = qualities.filter((q) => r.applicationCodes.every((code) => APPS.find((a) => a.code === code)!.qualityKinds.includes(q.kind)));
            expect(named.kinds.has(kind) || world.qualitiesOf!(entity.id).length === 1 || holding.length === 1).toBe(true);
            const niss = 'existingUserId' in r.user ? NISS_OF_USER[r.user.existingUserId]! : r.user.newUser.niss;
            expect(named.niss).toContain(niss);
            // Named for this person: an application said for someone else by name is never theirs.
            for (const code of r.applicationCodes) {
              const whom = named.apps.get(code);
              expect({ code, named: whom !== undefined && (whom.has('*') || whom.has(niss)) }).toEqual({ code, named: true });
            }
            // A collaborator is never granted an application that needs a function without one.
            if (r.applicationCodes.some(needsFunction) && r.fn === null) expect(named.self).toBe(true);
            if (r.fn) {
              expect(r.fn.startDate >= todayInBrussels(new Date(NOW))).toBe(true);
              if (r.fn.endDate !== null) expect(r.fn.endDate > r.fn.startDate).toBe(true);
            }
          }
          // A request ends with an execution, a stop, a fresh start or another request set aside.
          const keys = after.context.notices.map((n) => n.key);
          if (executed.length > count || keys.some((k) => k === 'cancelled' || k === 'startedOver' || k === 'requestSetAside' || k === 'expired')) {
            request = keys.includes('requestSetAside') ? request.slice(-1) : [];
          }
          const prompt = viewOf(after, false).prompt;
          summary = prompt?.message.key === 'askConfirm' ? prompt.message.params : null;
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
    expect(executions).toBeGreaterThan(15);
  }, 120_000);
});
