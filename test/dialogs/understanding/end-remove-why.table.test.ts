import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { cancel, diagnoseNamed, start, type Row } from './commands.table.helpers';
import { NOW, vocabulary } from './fixture';

/**
 * The end of a function, a removal from an entity and a "why has X no access", read from their words whatever the
 * name's capitals (trial 6, defects G, H, C): managers type names in lower case. The person is kept where the sentence
 * puts it; a change of mind typed at the NISS or name question is a stop.
 */
const ends = (name: string | undefined, endDate: string | null, entity?: number): Command =>
  start('endFunction', { kind: 'endFunction', niss: null, ...(name ? { name } : {}), endDate, ...(entity !== undefined ? { entity } : {}) });
const removes = (name: string | undefined, entity: number): Command =>
  start('remove', { kind: 'removeUser', niss: null, ...(name ? { name } : {}), entity });

const fr: Row[] = [
  ['fin de fonction pour Jan Peeters le 31 mars', null, [ends('Jan Peeters', '2027-03-31')]],
  ["la fonction de julie lefebvre doit s'arreter fin fevrier", null, [ends('julie lefebvre', '2027-02-28')]],
  ["La fonction de Julie Lefebvre doit s'arrêter fin février", null, [ends('Julie Lefebvre', '2027-02-28')]],
  ['arretez la fonction de julie lefebvre au 28 fevrier', null, [ends('julie lefebvre', '2027-02-28')]],
  ['arrêtez la fonction de Julie Lefebvre au 28 février', null, [ends('Julie Lefebvre', '2027-02-28')]],
  ['mettez fin a la fonction de sarah wouters fin aout', null, [ends('sarah wouters', '2027-08-31')]],
  ['pouvez-vous arreter la fonction de markus schmitz fin decembre ?', null, [ends('markus schmitz', '2026-12-31')]],
  ["la fonction de peter vandamme se termine fin mars", null, [ends('peter vandamme', '2027-03-31')]],
  ['lucas mertens quitte la clinique, supprimez le de sainte-anne', null, [removes('lucas mertens', 2)]],
  ['supprimez sarah moens de sainte-anne svp', null, [removes('sarah moens', 2)]],
  ['Supprimez Sarah Moens de Sainte-Anne', null, [removes('Sarah Moens', 2)]],
  ['retirez kevin maes de iris sud, il est parti', null, [removes('kevin maes', 1)]],
  ["pourquoi thomas claes n'a pas acces a hospisup ?", null, [diagnoseNamed('thomas claes')]],
  ["pourquoi julie lefebvre ne peut pas ouvrir colindos", null, [diagnoseNamed('julie lefebvre')]],
  ["Pourquoi Thomas Claes n'a pas accès à HospiSup ?", null, [diagnoseNamed('Thomas Claes')]],
  ['non finalement, laissez tomber', 'niss', [cancel]],
  ['ah non, on laisse', 'people.niss', [cancel]],
];
const nl: Row[] = [
  // "einde functie X op …": the end of a function said as a noun, never a grant.
  ['einde functie Jan Peeters op 31 maart', null, [ends('Jan Peeters', '2027-03-31')]],
  ['einde van de functie van jan peeters op 31 maart', null, [ends('jan peeters', '2027-03-31')]],
  ['de functie van an peeters mag stoppen op 31 maart', null, [ends('an peeters', '2027-03-31')]],
  ['beeindig de functie van an peeters op 31 maart', null, [ends('an peeters', '2027-03-31')]],
  ['beëindig de functie van An Peeters op 31 maart', null, [ends('An Peeters', '2027-03-31')]],
  ['de functie van sarah wouters moet stoppen eind februari', null, [ends('sarah wouters', '2027-02-28')]],
  ['stop de functie van julie lefebvre eind januari aub', null, [ends('julie lefebvre', '2027-01-31')]],
  ['verwijder peter vandamme uit iris sud, hij is vertrokken', null, [removes('peter vandamme', 1)]],
  ['haal sarah wouters weg uit iris sud', null, [removes('sarah wouters', 1)]],
  ['Haal Sarah Wouters weg uit IRIS Sud', null, [removes('Sarah Wouters', 1)]],
  ['kevin maes is vertrokken, verwijder hem uit sainte-anne', null, [removes('kevin maes', 2)]],
  ['waarom kan els janssens niet in ebirth?', null, [diagnoseNamed('els janssens')]],
  ['waarom heeft els janssens nog geen toegang tot ebirth?', null, [diagnoseNamed('els janssens')]],
  ['Waarom kan Els Janssens niet in eBirth?', null, [diagnoseNamed('Els Janssens')]],
  ['hmm nee, ik zie ervan af', 'niss', [cancel]],
  ['nee wacht, laat maar', 'people.niss', [cancel]],
  ['laat maar zitten', 'people.name', [cancel]],
];
const de: Row[] = [
  ['Ende Funktion Jan Peeters am 31. März', null, [ends('Jan Peeters', '2027-03-31')]],
  ['die funktion von peter vandamme soll ende marz enden', null, [ends('peter vandamme', '2027-03-31')]],
  ['die funktion von peter vandamme soll ende maerz enden', null, [ends('peter vandamme', '2027-03-31')]],
  ['Die Funktion von Peter Vandamme soll Ende März enden', null, [ends('Peter Vandamme', '2027-03-31')]],
  ['beenden sie die funktion von markus schmitz am 31 marz', null, [ends('markus schmitz', '2027-03-31')]],
  ['die funktion von julie lefebvre endet am 15. marz', null, [ends('julie lefebvre', '2027-03-15')]],
  ['entfernen sie bram claessens aus sainte-anne', null, [removes('bram claessens', 2)]],
  ['Entfernen Sie Bram Claessens aus Sainte-Anne', null, [removes('Bram Claessens', 2)]],
  ['bitte entferne kevin maes aus sainte-anne, er arbeitet nicht mehr hier', null, [removes('kevin maes', 2)]],
  ['warum hat lucas mertens keinen zugang zu colindos?', null, [diagnoseNamed('lucas mertens')]],
  ['Warum hat Lucas Mertens keinen Zugang zu Colindos?', null, [diagnoseNamed('Lucas Mertens')]],
  ['warum kann markus schmitz ebirth nicht öffnen?', null, [diagnoseNamed('markus schmitz')]],
  ['machen Sie das doch lieber nicht', 'niss', [cancel]],
  ['hm, machen Sie das doch lieber nicht', 'people.niss', [cancel]],
  ['ach nein, lassen wir das', 'people.name', [cancel]],
];
const en: Row[] = [
  ['end of function for Jan Peeters on 31 March', null, [ends('Jan Peeters', '2027-03-31')]],
  ["bram claessens's function should end on 15 march", null, [ends('bram claessens', '2027-03-15')]],
  ['end bram claessens function on 15 march', null, [ends('bram claessens', '2027-03-15')]],
  ["Bram Claessens's function should end on 15 March", null, [ends('Bram Claessens', '2027-03-15')]],
  ['the function of sarah moens must stop at the end of february', null, [ends('sarah moens', '2027-02-28')]],
  ['the function should end on 15 march', null, [ends(undefined, '2027-03-15')]],
  ['please remove sarah moens from sainte-anne', null, [removes('sarah moens', 2)]],
  ['Please remove Sarah Moens from Sainte-Anne', null, [removes('Sarah Moens', 2)]],
  ['kevin maes stops working here, remove him from sainte-anne', null, [removes('kevin maes', 2)]],
  ["why can't nathalie dubois use ebirth?", null, [diagnoseNamed('nathalie dubois')]],
  ["why doesn't sarah moens have access to colindos", null, [diagnoseNamed('sarah moens')]],
  ["Why can't Nathalie Dubois use eBirth?", null, [diagnoseNamed('Nathalie Dubois')]],
  ['actually no, keep her', 'niss', [cancel]],
  ['no, hold on', 'people.niss', [cancel]],
  ['never mind, keep him', 'people.name', [cancel]],
];

const TABLES: [Locale, Row[]][] = [['fr', fr], ['nl', nl], ['de', de], ['en', en]];

describe.each(TABLES)('%s: the end of a function, a removal, a why, whatever the capitals', (locale, rows) => {
  it.each(rows)('"%s" (expecting %s)', (text, expecting, commands) => {
    expect(readCommands(text, { vocabulary, now: NOW, expecting, locale })).toEqual(commands);
  });
});

describe('what is none of these', () => {
  const kinds = (text: string, expecting: string | null = null) =>
    readCommands(text, { vocabulary, now: NOW, expecting, locale: 'fr' }).flatMap((c) => (c.type === 'startRequest' ? [c.kind] : c.type === 'cancel' ? ['cancel'] : []));
  it.each([
    ['la fonction de Julie Lefebvre commence le 3 janvier'],
    ['la fonction de julie lefebvre commence le 3 janvier'],
    ['de functie van an peeters begint op 1 maart'],
    ['die Funktion von Peter Vandamme beginnt am 1. März'],
    ["colindos pour julie lefebvre, collaboratrice du pharmacien, jusqu'au 30 juin"],
  ])('"%s" starts no end of a function', (text) => {
    expect(kinds(text)).not.toContain('endFunction');
  });
  it('"la fonction se termine le 30 juin", asked for the end date, is that date', () => {
    expect(readCommands('la fonction se termine le 30 juin', { vocabulary, now: NOW, expecting: 'endDate', locale: 'fr' }))
      .toEqual([{ type: 'set', slot: 'endDate', value: '2027-06-30', readAhead: [{ said: '30 juin', date: '2027-06-30' }] }]);
  });
  it.each([['why is HospiSup slow'], ['pourquoi hospisup est lent ?'], ['waarom is ebirth zo traag?'], ['warum ist colindos langsam?']])('"%s" is no diagnosis of a person', (text) => {
    expect(kinds(text)).not.toContain('diagnose');
  });
  it.each([
    ['remove hospisup from sarah moens at sainte-anne', 'revoke'],
    ['retire HospiSup à julie lefebvre', 'revoke'],
    ['retire tous les accès de julie lefebvre à iris sud', 'revoke'],
  ])('"%s" takes an access, never the person', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
  it.each([['non, retirez sainte-anne'], ['remove colindos from the request'], ['haal iris sud weg'], ['entfernen Sie Colindos aus dem Antrag']])('"%s" at a summary removes nobody', (text) => {
    expect(kinds(text, 'confirm')).not.toContain('remove');
  });
  it.each([['no'], ['nee'], ['nein'], ['non, c\'est 85073003328'], ['nee, het is Jan Peeters']])('"%s" at the NISS question is no stop', (text) => {
    expect(kinds(text, 'niss')).not.toContain('cancel');
  });
});
