import { slotOf, type PeopleSnapshot } from '../../dialogs/people/people.view';
import type { PeopleIntent } from '../../dialogs/people/people.types';
import type { Command } from '../../dialogs/understanding/commands';
import type { Said } from '../../dialogs/view';
import { JAN_NISS, MARIE_NISS, startPeople, type World } from './support/people-world';

/**
 * The people dialogs act on the commands of a message (its one reading), never on its text: each
 * row sends a text that says one thing with commands that say another, and the commands win. The
 * steps before it are said as a manager says them (read once, as the conversation reads them).
 */
interface Row {
  name: string;
  intent: PeopleIntent;
  world?: World;
  before: string[];
  asked: string | null;
  /** The text of the message, contradicted by its commands. */
  text: string;
  commands: Command[];
  /** The question asked next (null: the request is over), the sentences said, and what the dialog holds then. */
  next: string | null;
  notices?: string[];
  holds?: Record<string, unknown>;
  /** The change made (an actor's name), or none. */
  executed?: string | null;
  passed?: boolean;
}

const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');
const noticeKeys = (s: PeopleSnapshot) => s.context.notices.map(keyOf);

const LIST: PeopleIntent = { kind: 'list', query: {} };
const REVOKE_ONE: PeopleIntent = { kind: 'revoke', niss: MARIE_NISS, applications: ['HOSPISUP'] };
const REVOKE_TWO: PeopleIntent = { kind: 'revoke', niss: MARIE_NISS, applications: ['HOSPISUP', 'COLINDOS'] };
const REVOKE_WHICH: PeopleIntent = { kind: 'revoke', niss: MARIE_NISS, applications: [] };
const TWO_NAMED: World = { named: { 'Jan Peeters': [JAN_NISS, MARIE_NISS] } };
const AT_REVOKE = ['retire HospiSup à 85073003328'];

const rows: Row[] = [
  {
    name: 'choose entity: the number chosen, not the entity the text names',
    intent: LIST, before: ['liste les utilisateurs'], asked: 'people.entity',
    text: 'IRIS', commands: [{ type: 'choose', slot: 'people.entity', numbers: [2] }],
    next: 'people.page', holds: { entityId: 2 },
  },
  {
    name: 'set entity: the entity of the command, not the one the text names',
    intent: LIST, before: ['liste les utilisateurs'], asked: 'people.entity',
    text: 'Clinique Sainte-Anne', commands: [{ type: 'set', slot: 'entity', value: 1 }],
    next: 'people.page', holds: { entityId: 1 },
  },
  {
    name: 'no command: nothing is taken from the text, though it names an entity',
    intent: LIST, before: ['liste les utilisateurs'], asked: 'people.entity',
    text: 'Hôpitaux IRIS Sud', commands: [],
    next: 'people.entity', notices: ['invalidChoice'], holds: { entityId: null },
  },
  {
    name: 'choose person: the second of those so named, though the text says the first',
    intent: { kind: 'revoke', niss: null, name: 'Jan Peeters', applications: ['HOSPISUP'] }, world: TWO_NAMED, before: ['retire HospiSup à Jan Peeters'], asked: 'people.person',
    text: 'le premier', commands: [{ type: 'choose', slot: 'people.person', numbers: [2] }],
    next: 'people.confirm', holds: { task: { niss: MARIE_NISS } },
  },
  {
    name: 'set niss: the NISS of the command, not the one typed',
    intent: { kind: 'revoke', niss: null, name: 'Lukas Maier', applications: ['HOSPISUP'] }, before: ['retire HospiSup à Lukas Maier'], asked: 'people.niss',
    text: JAN_NISS, commands: [{ type: 'set', slot: 'niss', value: MARIE_NISS }],
    next: 'people.confirm', holds: { task: { niss: MARIE_NISS } },
  },
  {
    name: 'a no where the NISS is asked: a refusal with the way out (never "not a NISS"), the NISS asked again, though the text is one',
    intent: { kind: 'revoke', niss: null, name: 'Lukas Maier', applications: ['HOSPISUP'] }, before: ['retire HospiSup à Lukas Maier'], asked: 'people.niss',
    text: MARIE_NISS, commands: [{ type: 'set', slot: 'nearName', value: 'no' }],
    next: 'people.niss', notices: ['nissDeclined'], holds: { task: { niss: null } },
  },
  {
    name: 'unknown niss: said wrong and asked again, though the text is a valid NISS',
    intent: { kind: 'revoke', niss: null, name: 'Lukas Maier', applications: ['HOSPISUP'] }, before: ['retire HospiSup à Lukas Maier'], asked: 'people.niss',
    text: MARIE_NISS, commands: [{ type: 'unknown', slot: 'niss', text: '85073003329', problem: 'checksum' }],
    next: 'people.niss', notices: ['nissInvalid'], holds: { task: { niss: null } },
  },
  {
    name: 'set applications: the application revoked is the command’s, not the text’s',
    intent: REVOKE_WHICH, before: ['retire un accès à 85073003328'], asked: 'people.revokeWhich',
    text: 'HospiSup', commands: [{ type: 'set', slot: 'applications', value: ['COLINDOS'] }],
    next: 'people.confirm', holds: { task: { applications: ['COLINDOS'] } },
  },
  {
    name: 'choose applications: both chosen by number, though the text names one',
    intent: REVOKE_WHICH, before: ['retire un accès à 85073003328'], asked: 'people.revokeWhich',
    text: 'Colindos', commands: [{ type: 'choose', slot: 'people.revokeWhich', numbers: [1, 2] }],
    next: 'people.confirm', holds: { task: { applications: ['HOSPISUP', 'COLINDOS'] } },
  },
  {
    name: 'set endDate: the date of the command, not the one typed',
    intent: { kind: 'endFunction', niss: MARIE_NISS, endDate: null }, before: ['fin de la fonction de 85073003328'], asked: 'people.endDate',
    text: '31-12-2026', commands: [{ type: 'set', slot: 'endDate', value: '2027-01-31' }],
    next: 'people.confirm', holds: { task: { endDate: '2027-01-31' } },
  },
  {
    name: 'set people.identifier: the person of the command, not the text',
    intent: { kind: 'designate', remove: false, role: 'GA', identifier: null, niss: null, name: null }, before: ['désigne un gestionnaire d’accès', '2'], asked: 'people.identifier',
    text: 'paul.durand', commands: [{ type: 'set', slot: 'people.identifier', value: 'sarahmoens' }],
    next: 'people.confirm', holds: { designee: { userId: 11, name: 'Sarah Moens', username: 'sarahmoens' } },
  },
  {
    name: 'set quality: the qualité of the command, not the one the text names',
    intent: { kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: ['CHAPTER_IV'], entity: 1 }, before: ['donne Chapter IV à 85073003328'], asked: 'people.quality',
    text: 'Soins de santé', commands: [{ type: 'set', slot: 'quality', value: 'HOSPITAL' }],
    next: 'people.confirm', holds: { qualityId: 11 },
  },
  {
    name: 'set applications of a bulk grant: the command’s, not the text’s',
    intent: { kind: 'bulk', inputs: [{ line: 1, input: MARIE_NISS }], applications: [], entity: 1 }, before: ['85073003328'], asked: 'people.bulkApplications',
    text: 'Chapter IV', commands: [{ type: 'set', slot: 'applications', value: ['HOSPISUP'] }],
    next: 'people.confirm', holds: { task: { applications: ['HOSPISUP'] } },
  },
  {
    name: 'set people.page: the next page, though the text asks nothing',
    intent: LIST, before: ['liste les utilisateurs', 'IRIS'], asked: 'people.page',
    text: 'merci', commands: [{ type: 'set', slot: 'people.page', value: 'next' }],
    next: 'people.page', holds: { offset: 10 },
  },
  {
    name: 'no command at a list left open: not for it, handed back, though the text says "next"',
    intent: LIST, before: ['liste les utilisateurs', 'IRIS'], asked: 'people.page',
    text: 'les 10 suivants', commands: [],
    next: null, passed: true, holds: { offset: 0 },
  },
  {
    name: 'yes: the revocation is made, though the text says no',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'non', commands: [{ type: 'set', slot: 'people.confirm', value: 'yes' }],
    next: null, notices: ['revocationScheduled'], executed: 'revokeApplications',
  },
  {
    name: 'no: nothing is made, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'set', slot: 'people.confirm', value: 'no' }],
    next: null, notices: ['sideCancelled'], executed: null,
  },
  {
    name: 'cancel: the request stops, nothing made, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'cancel' }],
    next: null, notices: ['sideCancelled'], executed: null,
  },
  {
    name: 'cancel at a question before the summary, though the text answers it',
    intent: REVOKE_WHICH, before: ['retire un accès à 85073003328'], asked: 'people.revokeWhich',
    text: 'Colindos', commands: [{ type: 'cancel' }],
    next: null, notices: ['sideCancelled'], executed: null,
  },
  {
    name: 'startRequest grant: the revocation is set aside, said, and handed back, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'startRequest', kind: 'grant' }, { type: 'set', slot: 'niss', value: JAN_NISS }, { type: 'set', slot: 'applications', value: ['COLINDOS'] }],
    next: null, notices: ['setAside'], executed: null, passed: true,
  },
  {
    name: 'startRequest status of the request’s person: answered, the summary asked again, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'startRequest', kind: 'status', subject: 'current' }, { type: 'set', slot: 'applications', value: ['COLINDOS'] }],
    next: 'people.confirm', notices: ['statusAnswer'], executed: null, holds: { task: REVOKE_ONE },
  },
  {
    name: 'startRequest status at a question before the summary: answered, and the question asked again',
    intent: REVOKE_WHICH, before: ['retire un accès à 85073003328'], asked: 'people.revokeWhich',
    text: 'Colindos', commands: [{ type: 'startRequest', kind: 'status' }, { type: 'set', slot: 'person', value: 'Jan Peeters' }],
    next: 'people.revokeWhich', notices: ['statusAnswer'], holds: { task: REVOKE_WHICH },
  },
  {
    name: 'keepOnly: only Colindos revoked, HospiSup left, though the text says yes to both',
    intent: REVOKE_TWO, before: ['retire HospiSup et Colindos à 85073003328'], asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'keepOnly', only: ['COLINDOS'], stay: ['HOSPISUP'] }],
    next: 'people.confirm', notices: ['onlyThese'], holds: { task: { applications: ['COLINDOS'] } }, executed: null,
  },
  {
    name: 'correct applications: Colindos replaces HospiSup, said, and asked again, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'correct', slot: 'applications', value: ['COLINDOS'] }],
    next: 'people.confirm', notices: ['applicationsReplaced'], holds: { task: { applications: ['COLINDOS'] } }, executed: null,
  },
  {
    name: 'applications.remove ("pas Colindos"): taken out of the revocation, said, though the text says yes',
    intent: REVOKE_TWO, before: ['retire HospiSup et Colindos à 85073003328'], asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'set', slot: 'applications.remove', value: ['COLINDOS'] }],
    next: 'people.confirm', notices: ['onlyThese'], holds: { task: { applications: ['HOSPISUP'] } }, executed: null,
  },
  {
    name: 'applications.remove of a revocation named ("retire plutôt Colindos"): it replaces the one asked, though the text says no',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'non', commands: [{ type: 'set', slot: 'applications.remove', value: ['COLINDOS'], revoke: true }],
    next: 'people.confirm', notices: ['applicationsReplaced'], holds: { task: { applications: ['COLINDOS'] } }, executed: null,
  },
  {
    name: 'applications.add: added to the revocation, said, though the text says no',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'non', commands: [{ type: 'set', slot: 'applications.add', value: ['COLINDOS'] }],
    next: 'people.confirm', notices: ['changeTaken'], holds: { task: { applications: ['HOSPISUP', 'COLINDOS'] } }, executed: null,
  },
  {
    name: 'correct person: the revocation is for the one named, looked up, said, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [{ type: 'correct', slot: 'person', value: 'Marie Dupont' }],
    next: 'people.confirm', notices: ['personReplacedByName', 'personFoundByName'], holds: { task: { niss: MARIE_NISS, name: 'Marie Dupont' } }, executed: null,
  },
  {
    name: 'no command at the summary: asked again, nothing made, though the text says yes',
    intent: REVOKE_ONE, before: AT_REVOKE, asked: 'people.confirm',
    text: 'oui', commands: [],
    next: 'people.confirm', notices: ['notUnderstoodYesOrNo'], executed: null,
  },
];

describe('the people dialogs apply the commands, not the text', () => {
  it.each(rows)('$name', async (row) => {
    const run = startPeople(row.intent, row.world);
    let s: PeopleSnapshot | undefined;
    for (const said of row.before) s = await run.say(said);
    expect(slotOf(s!)).toBe(row.asked);
    s = await run.say(row.text, row.commands);
    expect(slotOf(s)).toBe(row.next);
    if (row.notices) expect(noticeKeys(s)).toEqual(row.notices);
    if (row.holds) expect(s.context).toMatchObject(row.holds);
    if (row.passed !== undefined) expect(s.context.passed).toBe(row.passed);
    if (row.executed !== undefined) expect(run.executed().map((c) => c.actor)).toEqual(row.executed === null ? [] : [row.executed]);
  });

  it('holds a row for each question and each command kind the people dialogs apply', () => {
    expect(new Set(rows.map((r) => r.asked))).toEqual(new Set(['people.entity', 'people.person', 'people.niss', 'people.revokeWhich', 'people.endDate', 'people.identifier', 'people.quality', 'people.bulkApplications', 'people.page', 'people.confirm']));
    const kinds = new Set(rows.flatMap((r) => r.commands.map((c) => c.type)));
    for (const k of ['choose', 'set', 'correct', 'cancel', 'startRequest', 'keepOnly', 'unknown']) expect(kinds).toContain(k);
  });
});
