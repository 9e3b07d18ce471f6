import { readCommands } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { NOW, withPeople } from './fixture';

/**
 * A correction said inside one message (trial 9, Y3, X1, R3): what follows "wait no", "euh non", "nee wacht", "äh nein",
 * "I mean", "ik bedoel", "ich meine" … replaces the value of its kind said before it. Each message reads exactly as the
 * message typed corrected would; one whose correction names nothing the message said before is said so (a question
 * answered beside the request: the manager is asked to say it again, nothing started nor changed).
 */
const read = (text: string, locale: Locale, expecting: string | null = null) => readCommands(text, { vocabulary: withPeople, now: NOW, expecting, locale });

/** [said, as if typed] */
const TABLES: [Locale, [string, string][], string[]][] = [
  ['fr', [
    ['retire colindos à kevin maes... euh non, à bram claessens', 'retire colindos à bram claessens'],
    ['donne tct à julie lefebvre, non pardon, à sarah wouters', 'donne tct à sarah wouters'],
    ['colindos pour markus schmitz à partir du 1er decembre... euh non a partir du 15 decembre', 'colindos pour markus schmitz à partir du 15 decembre'],
    ['colindos pour markus schmitz svp, il bosse comme collaborateur du pharmacien hospitalier depuis le 1er decembre... euh non a partir du 15 decembre',
      'colindos pour markus schmitz svp, il bosse comme collaborateur du pharmacien hospitalier depuis le 15 decembre'],
    ['donne tct à an peeters, je veux dire ebirth', 'donne ebirth à an peeters'],
    ['donne hospisup à an peeters à iris sud, euh non à sainte-anne', 'donne hospisup à an peeters à sainte-anne'],
    ['donne hospisup à kevin maes le 3 janvier, enfin non, le 10 janvier', 'donne hospisup à kevin maes le 10 janvier'],
  ], ['donne tct à kevin maes, euh non, comme je disais hier', 'donne tct à kevin maes à sainte-anne, je veux dire à iris sud demain']],
  ['nl', [
    ['geef colindos aan kevin maes, nee wacht, aan sarah moens', 'geef colindos aan sarah moens'],
    ['neem colindos af van kevin maes... nee sorry, van bram claessens', 'neem colindos af van bram claessens'],
    ['geef colindos aan kevin maes, ik bedoel hospisup', 'geef hospisup aan kevin maes'],
    ['geef ebirth aan julie lefebvre in sainte-anne, nee wacht, in iris sud', 'geef ebirth aan julie lefebvre in iris sud'],
    ['geef tct aan peter vandamme vanaf 1 maart, euh nee, vanaf 1 april', 'geef tct aan peter vandamme vanaf 1 april'],
    ['geef tct aan peter vandamme vanaf 1 maart... ik bedoel 15 maart', 'geef tct aan peter vandamme vanaf 15 maart'],
  ], ['geef tct aan kevin maes, nee wacht, doe dat morgen pas', 'geef tct aan kevin maes, ik bedoel in iris sud']],
  ['de', [
    ['sarah wouters braucht hospiliss ab dem 1. märz, äh nein ab dem 1. april', 'sarah wouters braucht hospiliss ab dem 1. april'],
    ['gib colindos an kevin maes, nein warte, an bram claessens', 'gib colindos an bram claessens'],
    ['entziehe kevin maes colindos... äh nein, bram claessens', 'entziehe bram claessens colindos'],
    ['gib an peeters tct, ich meine ebirth', 'gib an peeters ebirth'],
    ['ebirth für julie lefebvre in sainte-anne, oder nein, in iris sud', 'ebirth für julie lefebvre in iris sud'],
    ['tct für markus schmitz ab 1.3., äh nein, ab 15.3.', 'tct für markus schmitz ab 15.3.'],
  ], ['gib tct an kevin maes, oder nein, lieber später', 'gib tct an kevin maes, ich meine für iris sud']],
  ['en', [
    ['pls revoke colindos for kevin maes... wait no, for bram claessens', 'pls revoke colindos for bram claessens'],
    ['give tct to julie lefebvre, no wait, to sarah moens', 'give tct to sarah moens'],
    ['give tct to julie lefebvre, sorry I mean ebirth', 'give ebirth to julie lefebvre'],
    ['give ebirth to an peeters at iris sud, wait no, at sainte-anne', 'give ebirth to an peeters at sainte-anne'],
    ['give hospisup to kevin maes from 3 january, wait no, from 10 january', 'give hospisup to kevin maes from 10 january'],
    ['give hospisup to Els Janssens... I mean Marie Dupont', 'give hospisup to Marie Dupont'],
  ], ['give tct to kevin maes, wait no, let me check first with her', 'give tct to kevin maes, I mean at iris sud']],
];

describe.each(TABLES)('a correction inside the message, %s', (locale, rows, unplaced) => {
  it.each(rows)('"%s" reads as "%s"', (said, meant) => {
    const corrected = read(said, locale);
    expect(corrected).toEqual(read(meant, locale));
    expect(corrected.length).toBeGreaterThan(0);
  });
  it.each(unplaced)('"%s": the correction names nothing said before: said so, nothing started', (said) => {
    expect(read(said, locale)).toEqual([{ type: 'question', topic: 'correctionUnplaced' }]);
  });
});

describe('a correction inside the message (trial 9, Y3)', () => {
  it('revokes for the person named after "wait no", never the one before', () => {
    const commands = read('pls revoke colindos for kevin maes... wait no, for bram claessens', 'en');
    expect(commands).toEqual([{ type: 'startRequest', kind: 'revoke', intent: expect.objectContaining({ kind: 'revoke', name: 'Bram Claessens', applications: ['COLINDOS'] }) }]);
    expect(JSON.stringify(commands)).not.toContain('Kevin');
  });
  it('reads the corrected date as the start, not as an end (X1)', () => {
    const commands = read('sarah wouters braucht hospiliss ab dem 1. märz, äh nein ab dem 1. april', 'de');
    expect(commands).toContainEqual(expect.objectContaining({ type: 'set', slot: 'startDate', value: '2027-04-01' }));
    expect(commands.some((c) => 'slot' in c && c.slot === 'endDate')).toBe(false);
  });
  it('reads the corrected day as the start (R3)', () => {
    expect(read('colindos pour markus schmitz à partir du 1er decembre... euh non a partir du 15 decembre', 'fr')).toContainEqual(expect.objectContaining({ type: 'set', slot: 'startDate', value: '2026-12-15' }));
  });
  it('leaves a message whose marker comes first as it was read ("wait no, don\'t", "nee wacht, op 4 januari")', () => {
    expect(read("wait no, don't", 'en', 'confirm')).toEqual([{ type: 'cancel' }]);
    expect(read('nee, niet Jan Peeters, ik bedoel Els Janssens', 'nl', 'quality')).toContainEqual(expect.objectContaining({ type: 'correct', slot: 'person', value: 'Els Janssens' }));
  });
});
