import { waitFor } from 'xstate';
import type { Command } from '../../dialogs/understanding/commands';
import { isSettled, slotOf, type GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import type { MessageKey } from '../../src/i18n/grant.catalog';
import { ANNE, HOSPITAL, IRIS, JAN_NISS, MARIE_NISS, NOW, noticeKeys, startGrant, type World } from './support/grant-world';

/**
 * The grant dialog acts on the commands of a message (its one reading), never on its text: each
 * row sends a text that says one thing with commands that say another, and the commands win. The
 * steps before it are said as a manager says them (read once, test/support/say.ts).
 */
interface Row {
  name: string;
  world?: World;
  /** What the manager said before, read as the conversation reads it; then the slot asked. */
  before: string[];
  asked: Slot | null;
  /** The text of the message, contradicted by its commands. */
  text: string;
  commands: Command[];
  /** The slot asked next, the notices said, and what the request holds then. */
  next: Slot | null;
  notices?: MessageKey[];
  holds?: Record<string, unknown>;
  executed?: number;
}

const AT_CONFIRM = ['donne eBirth à 90041212377 à Hôpitaux IRIS Sud'];
const AT_CONFIRM_TWO = ['donne eBirth et HospiSup à 90041212377 à Hôpitaux IRIS Sud'];

const rows: Row[] = [
  {
    name: 'set entity: the entity of the command, not the one the text names',
    before: ['donne eBirth à 90041212377'], asked: 'entity',
    text: 'Clinique Sainte-Anne Saint-Remi', commands: [{ type: 'set', slot: 'entity', value: IRIS.id }],
    next: 'confirm', holds: { entity: IRIS },
  },
  {
    name: 'choose: the number chosen, not the entity the text names',
    before: ['donne eBirth à 90041212377'], asked: 'entity',
    text: 'Hôpitaux IRIS Sud', commands: [{ type: 'choose', slot: 'entity', numbers: [1] }],
    next: 'confirm', holds: { entity: ANNE },
  },
  {
    name: 'correct niss: the NISS corrected, though the text says yes',
    before: AT_CONFIRM, asked: 'confirm',
    text: 'oui', commands: [{ type: 'correct', slot: 'niss', value: MARIE_NISS }],
    next: 'confirm', holds: { niss: MARIE_NISS, confirmed: false }, executed: 0,
  },
  {
    name: 'unknown application: said back, nothing taken, though the text names HospiSup',
    world: { qualities: [HOSPITAL] }, before: ['donne à 90041212377 à Hôpitaux IRIS Sud', 'oui'], asked: 'applications',
    text: 'HospiSup', commands: [{ type: 'unknown', slot: 'applications', text: 'Zorglub' }],
    next: 'applications', notices: ['applicationsUnknown'], holds: { chosen: [] },
  },
  {
    name: 'clarify entity: asked back among the candidates, though the text names one',
    before: ['donne eBirth à 90041212377'], asked: 'entity',
    text: 'Hôpitaux IRIS Sud', commands: [{ type: 'clarify', slot: 'entity', candidates: [ANNE.id, IRIS.id] }],
    next: 'entity', notices: ['ambiguousChoice'], holds: { entity: null },
  },
  {
    name: 'cancel: the request stops, though the text says yes',
    before: AT_CONFIRM, asked: 'confirm',
    text: 'oui', commands: [{ type: 'cancel' }],
    next: null, notices: ['cancelled'], holds: { niss: null, chosen: [] }, executed: 0,
  },
  {
    name: 'back: the question before is asked again, though the text says yes',
    before: ['donne eBirth à 90041212377', 'Hôpitaux IRIS Sud'], asked: 'confirm',
    text: 'oui', commands: [{ type: 'back' }],
    next: 'entity', holds: { entity: null, confirmed: false }, executed: 0,
  },
  {
    name: 'recap: what is asked so far is said, though the text is a NISS',
    before: ['donne eBirth à Hôpitaux IRIS Sud'], asked: 'niss',
    text: '90041212377', commands: [{ type: 'recap' }],
    next: 'niss', notices: ['recap'], holds: { niss: null },
  },
  {
    name: 'switchLanguage: the language changes and nothing else, though the text says yes',
    before: AT_CONFIRM, asked: 'confirm',
    text: 'oui', commands: [{ type: 'switchLanguage', locale: 'de' }],
    next: 'confirm', notices: ['languageChanged'], holds: { locale: 'de', confirmed: false }, executed: 0,
  },
  {
    name: 'applications.add: added to the request, though the text says no',
    before: AT_CONFIRM, asked: 'confirm',
    text: 'non', commands: [{ type: 'set', slot: 'applications.add', value: ['HOSPISUP'] }],
    next: 'confirm', holds: { chosen: ['EBIRTH', 'HOSPISUP'], cancelRequested: false }, executed: 0,
  },
  {
    name: 'applications.remove: taken out of the request, though the text says yes',
    before: AT_CONFIRM_TWO, asked: 'confirm',
    text: 'oui', commands: [{ type: 'set', slot: 'applications.remove', value: ['HOSPISUP'] }],
    next: 'confirm', holds: { chosen: ['EBIRTH'] }, executed: 0,
  },
  {
    name: 'keepOnly: only the one kept is asked, though the text says yes to both',
    before: AT_CONFIRM_TWO, asked: 'confirm',
    text: 'oui', commands: [{ type: 'keepOnly', only: ['EBIRTH'], stay: ['HOSPISUP'] }],
    next: 'confirm', notices: ['onlyThese'], holds: { chosen: ['EBIRTH'] }, executed: 0,
  },
  {
    name: 'startRequest grant for another person: another request, never a correction of this one',
    before: AT_CONFIRM, asked: 'confirm',
    text: 'oui', commands: [{ type: 'startRequest', kind: 'grant' }, { type: 'set', slot: 'niss', value: MARIE_NISS }, { type: 'set', slot: 'applications', value: ['COLINDOS'] }],
    next: 'entity', notices: ['requestSetAside'], holds: { niss: MARIE_NISS, chosen: ['COLINDOS'] }, executed: 0,
  },
  {
    name: 'a no where the NISS is asked, nobody offered: a refusal with the way out, never a NISS typed wrong, though the text is one',
    before: ['donne eBirth à Hôpitaux IRIS Sud'], asked: 'niss',
    text: MARIE_NISS, commands: [{ type: 'set', slot: 'nearName', value: 'no' }],
    next: 'niss', notices: ['nissDeclined'], holds: { niss: null },
  },
  {
    name: 'no command: nothing is taken from the text, though it is a NISS',
    before: ['donne eBirth à Hôpitaux IRIS Sud'], asked: 'niss',
    text: JAN_NISS, commands: [],
    next: 'niss', holds: { niss: null },
  },
];

describe('the grant dialog applies the commands, not the text', () => {
  it.each(rows)('$name', async (row) => {
    const grant = startGrant(row.world);
    let s: GrantSnapshot | undefined;
    for (const said of row.before) s = await grant.say(said);
    expect(slotOf(s!)).toBe(row.asked);
    grant.actor.send({ type: 'TURN', at: NOW });
    grant.actor.send({ type: 'TEXT', text: row.text, commands: row.commands });
    s = await waitFor(grant.actor, isSettled);
    expect(slotOf(s)).toBe(row.next);
    if (row.notices) expect(noticeKeys(s)).toEqual(expect.arrayContaining(row.notices));
    if (row.holds) expect(s.context).toMatchObject(row.holds);
    if (row.executed !== undefined) expect(grant.executed).toHaveLength(row.executed);
  });

  it('holds at least ten rows, each command kind the grant dialog applies', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const kinds = new Set(rows.flatMap((r) => r.commands.map((c) => ('slot' in c && c.type === 'set' ? `set ${c.slot}` : c.type))));
    for (const k of ['set entity', 'correct', 'unknown', 'clarify', 'cancel', 'back', 'recap', 'switchLanguage', 'set applications.add', 'set applications.remove']) expect(kinds).toContain(k);
  });
});
