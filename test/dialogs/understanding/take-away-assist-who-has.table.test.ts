import fc from 'fast-check';
import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import type { Vocabulary } from '../../../dialogs/understanding/understand';
import type { Locale } from '../../../src/domain/locale';
import { revokeNamed, set, start } from './commands.table.helpers';
import { NOW, vocabulary } from './fixture';

/**
 * Trial 8: an application named with a take-away verb, in any word order, is a revoke of that application, never the
 * person's removal from the entity (R6); a collaborator described with an everyday verb, future included, is the
 * collaborator of that doctor or pharmacist, with its date (U3); "who at <entity> has X" is a list of holders (U10).
 */
const people: Vocabulary['people'] = [{ first: 'Sarah', last: 'Wouters' }, { first: 'Bram', last: 'Claessens' }, { first: 'Julie', last: 'Lefebvre' }];
const withPeople: Vocabulary = { ...vocabulary, people };
const read = (text: string, locale: Locale, expecting: string | null = null) => readCommands(text, { vocabulary: withPeople, now: NOW, expecting, locale });

const revokes: [Locale, string, string][] = [
  ['fr', "sarah wouters n'a plus besoin de la cellule technique, tu peux lui enlever stp", 'TCT_WEB'],
  ['fr', "sarah wouters n'a plus besoin de la cellule technique, tu peux la lui enlever", 'TCT_WEB'],
  ['fr', "Sarah Wouters n'a plus besoin de TCT, enlève-lui svp", 'TCT_WEB'],
  ['fr', "sarah wouters n'a plus besoin de colindos, vous pouvez le lui retirer", 'COLINDOS'],
  ['fr', 'tu peux enlever la cellule technique à sarah wouters ?', 'TCT_WEB'],
  ['fr', "la cellule technique, sarah wouters n'en a plus besoin, retire-la lui", 'TCT_WEB'],
  ['fr', 'retire la cellule technique de sarah wouters', 'TCT_WEB'],
  ['nl', 'sarah wouters heeft tct niet meer nodig, haal het bij haar weg', 'TCT_WEB'],
  ['nl', 'sarah wouters heeft de technische cel niet meer nodig, haal het maar weg', 'TCT_WEB'],
  ['nl', 'de technische cel mag weg bij sarah wouters', 'TCT_WEB'],
  ['nl', 'sarah wouters heeft colindos niet meer nodig, mag je het bij haar weghalen?', 'COLINDOS'],
  ['de', 'sarah wouters braucht tct nicht mehr, nimm es ihr weg', 'TCT_WEB'],
  ['de', 'sarah wouters braucht die technische zelle nicht mehr, bitte entziehen', 'TCT_WEB'],
  ['de', 'die technische zelle braucht sarah wouters nicht mehr, entfernen Sie sie bitte', 'TCT_WEB'],
  ['de', 'sarah wouters braucht colindos nicht mehr, nehmen sie es ihr weg', 'COLINDOS'],
  ['en', "sarah wouters doesn't need tct anymore, take it off her", 'TCT_WEB'],
  ['en', "sarah wouters doesn't need the technical cell anymore, you can remove it", 'TCT_WEB'],
  ['en', 'sarah wouters no longer needs colindos, please take it away from her', 'COLINDOS'],
  ['en', 'the technical cell can be removed from sarah wouters', 'TCT_WEB'],
];

describe('an application named with a take-away verb is a revoke of it, never a removal from the entity (trial 8, R6)', () => {
  it.each(revokes)('%s: "%s"', (locale, text, code) => {
    const commands = read(text, locale);
    expect(commands).toEqual([revokeNamed(expect.stringMatching(/^sarah wouters$/i) as unknown as string, [code])]);
  });

  it.each([
    ['fr', "retire sarah wouters de l'entité", 'removeUser'],
    ['fr', 'retirez sarah wouters de iris sud, elle est partie', 'removeUser'],
    ['nl', 'haal sarah wouters weg uit iris sud', 'removeUser'],
    ['de', 'entferne sarah wouters aus der einrichtung', 'removeUser'],
    ['en', 'remove sarah wouters from iris sud', 'removeUser'],
  ] as [Locale, string, string][])('%s: "%s" names the entity and no application: the removal', (locale, text, kind) => {
    const [first] = read(text, locale);
    expect(first).toMatchObject({ type: 'startRequest', kind: 'remove', intent: { kind } });
  });

  it.each([
    ['fr', "sarah wouters n'a plus besoin de medimed, tu peux lui enlever"],
    ['nl', 'sarah wouters heeft medimed niet meer nodig, haal het bij haar weg'],
    ['de', 'sarah wouters braucht medimed nicht mehr, nimm es ihr weg'],
    ['en', "sarah wouters doesn't need medimed anymore, take it off her"],
  ] as [Locale, string][])('%s: "%s": an unknown application taken away is no removal of the person', (locale, text) => {
    expect(read(text, locale).some((c) => c.type === 'startRequest' && c.kind === 'remove')).toBe(false);
  });

  it('property: a message naming an application with a take-away phrase, in any order and language, is never a removal', () => {
    const apps = fc.constantFrom('tct', 'la cellule technique', 'technische cel', 'die technische zelle', 'the technical cell', 'colindos', 'hospisup', 'ebirth');
    const person = fc.constantFrom('sarah wouters', 'Sarah Wouters', 'bram claessens', 'Julie Lefebvre');
    const templates = fc.constantFrom(
      (p: string, a: string) => `${p} n'a plus besoin de ${a}, tu peux lui enlever`,
      (p: string, a: string) => `${p} n'a plus besoin de ${a}, retire-le de son profil`,
      (p: string, a: string) => `enlève ${a} à ${p} stp`,
      (p: string, a: string) => `${p} heeft ${a} niet meer nodig, haal het bij hem weg`,
      (p: string, a: string) => `${a} mag weg bij ${p}`,
      (p: string, a: string) => `${p} braucht ${a} nicht mehr, nimm es ihr weg`,
      (p: string, a: string) => `bitte ${a} von ${p} entfernen`,
      (p: string, a: string) => `${p} doesn't need ${a} anymore, take it off her`,
      (p: string, a: string) => `remove ${a} from ${p} please`,
    );
    const locale = fc.constantFrom<Locale>('fr', 'nl', 'de', 'en');
    fc.assert(fc.property(person, apps, templates, locale, (p, a, t, l) => {
      const commands = read(t(p, a), l);
      return !commands.some((c) => c.type === 'startRequest' && c.kind === 'remove');
    }), { numRuns: 300, seed: 8 });
  });
});

/** A grant of Colindos for Bram Claessens as a collaborator of `kind`, from 4 January 2027 (said without a year). */
const collaborator = (kind: 'doctor' | 'pharmacist', said: string): Command[] => [
  start('grant'), set('person', 'Bram Claessens'), set('applications', ['COLINDOS']), set('role', 'collaborator'), set('function', kind),
  { type: 'set', slot: 'startDate', value: '2027-01-04', readAhead: [{ said, date: '2027-01-04' }] },
];
const assists: [Locale, string, 'doctor' | 'pharmacist', string][] = [
  ['en', "colindos for bram claessens, he's going to assist a specialist from the 4th of january", 'doctor', '4th of january'],
  ['en', 'colindos for bram claessens, he will help the pharmacist from 4 january', 'pharmacist', '4 january'],
  ['en', 'colindos for bram claessens, he is going to support a specialist from 4 january', 'doctor', '4 january'],
  ['en', 'colindos for bram claessens, he will work for a specialist from 4 january', 'doctor', '4 january'],
  ['fr', 'colindos pour bram claessens, il va seconder un spécialiste à partir du 4 janvier', 'doctor', '4 janvier'],
  ['fr', 'colindos pour bram claessens, il va aider le pharmacien dès le 4 janvier', 'pharmacist', '4 janvier'],
  ['fr', 'colindos pour bram claessens, il va assister un médecin spécialiste à partir du 4 janvier', 'doctor', '4 janvier'],
  ['fr', 'colindos pour bram claessens, il travaillera pour un spécialiste à partir du 4 janvier', 'doctor', '4 janvier'],
  ['nl', 'colindos voor bram claessens, hij gaat vanaf 4 januari een specialist bijstaan', 'doctor', '4 januari'],
  ['nl', 'colindos voor bram claessens, hij gaat de apotheker helpen vanaf 4 januari', 'pharmacist', '4 januari'],
  ['nl', 'colindos voor bram claessens, hij gaat vanaf 4 januari de specialist ondersteunen', 'doctor', '4 januari'],
  ['de', 'colindos für bram claessens, er wird ab dem 4. januar einen facharzt unterstützen', 'doctor', '4. januar'],
  ['de', 'colindos für bram claessens, er wird dem apotheker helfen ab 4. januar', 'pharmacist', '4. januar'],
  ['de', 'colindos für bram claessens, er wird ab 4. januar dem facharzt assistieren', 'doctor', '4. januar'],
];

describe('a collaborator described with an everyday verb, future included, is that collaborator, with its date (trial 8, U3)', () => {
  it.each(assists)('%s: "%s"', (locale, text, kind, said) => {
    expect(read(text, locale)).toEqual(collaborator(kind, said));
  });

  it.each([
    ['en', "colindos for bram claessens, he's going to shadow a specialist"],
    ['fr', 'colindos pour bram claessens, il va rejoindre le pharmacien'],
    ['nl', 'colindos voor bram claessens, hij gaat bij de specialist aan de slag'],
    ['de', 'colindos für bram claessens, er wird beim facharzt anfangen'],
  ] as [Locale, string][])('%s: "%s": a doctor named after an action to come is not the person: no role is read (it is asked)', (locale, text) => {
    expect(read(text, locale).some((c) => c.type === 'set' && (c.slot === 'role' || c.slot === 'function'))).toBe(false);
  });

  it.each([
    ['en', 'colindos for bram claessens, he is a specialist'],
    ['fr', 'colindos pour bram claessens, il est médecin spécialiste'],
    ['nl', 'colindos voor bram claessens, hij is specialist'],
    ['de', 'colindos für bram claessens, er ist facharzt'],
  ] as [Locale, string][])('%s: "%s": said to be one, the doctor himself', (locale, text) => {
    expect(read(text, locale)).toContainEqual(set('role', 'doctor'));
  });
});

describe('"who at <entity> has X" is a list of holders, in every language (trial 8, U10)', () => {
  const holders = (application: string, entity?: number): Command[] =>
    [start('list', { kind: 'list', query: { ...(entity !== undefined ? { entity } : {}), application } })];
  it.each([
    ['en', 'who at iris sud has colindos?', null, holders('COLINDOS', 1)],
    ['en', 'who at iris sud has colindos?', 'niss', holders('COLINDOS', 1)],
    ['en', 'which users at sainte-anne have tct?', null, holders('TCT_WEB', 2)],
    ['en', 'who else has hospisup at iris sud?', null, holders('HOSPISUP', 1)],
    ['nl', 'wie bij iris sud heeft colindos?', null, holders('COLINDOS', 1)],
    ['nl', 'wie in sainte-anne heeft er tct?', null, holders('TCT_WEB', 2)],
    ['de', 'wer in iris sud hat colindos?', null, holders('COLINDOS', 1)],
    ['de', 'wer bei iris sud hat schon hospisup?', null, holders('HOSPISUP', 1)],
    ['fr', 'qui à iris sud a colindos ?', null, holders('COLINDOS', 1)],
    ['fr', 'qui chez sainte-anne a déjà tct ?', null, holders('TCT_WEB', 2)],
  ] as [Locale, string, string | null, Command[]][])('%s: "%s" (expecting %s)', (locale, text, expecting, commands) => {
    expect(read(text, locale, expecting)).toEqual(commands);
  });
});
