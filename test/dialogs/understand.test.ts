import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understand, type Understanding, type Vocabulary } from '../../dialogs/understanding/understand';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import type { Locale } from '../../src/domain/locale';
import { projectRoot } from '../../src/paths';

// Monday 2026-11-23, 10:00 in Brussels.
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

const catalog = JSON.parse(readFileSync(join(projectRoot, 'data', 'catalog.json'), 'utf8')) as {
  qualityKinds: Vocabulary['qualityKinds'];
  applications: { code: string; names: Vocabulary['applications'][number]['names']; aliases?: string[] }[];
};
const vocab: Vocabulary = {
  entities: [
    { id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50' },
    { id: 2, name: 'Clinique Sainte-Anne Saint-Remi', inami: '710338-90' },
  ],
  qualityKinds: catalog.qualityKinds,
  applications: catalog.applications.map((a) => ({ code: a.code, names: a.names, aliases: a.aliases ?? [] })),
};

const MARIE = '85073003328';
const JAN = '90041212377';

/** An utterance, the language it is read in, the slot last asked (if any), and what must come out of it. */
type Case = [text: string, locale: Locale, expecting: Slot | null, expected: Understanding];

const cases: Case[] = [
  // French: one sentence saying it all, or part of it.
  ["donne HospiSup à 85073003328 à partir de lundi prochain, c'est une collaboratrice du Dr Peeters", 'fr', null,
    { niss: MARIE, applications: { add: ['HOSPISUP'], remove: [], also: false }, startDate: '2026-11-30', role: 'collaborator', functionKind: 'doctor' }],
  ['Colindos et Hospiliss pour 85.07.30-033.28', 'fr', null, { niss: MARIE, applications: { add: ['COLINDOS', 'HOSPILISS'], remove: [], also: false } }],
  ['accès hospi sup pour 85 07 30 033 28', 'fr', null, { niss: MARIE, applications: { add: ['HOSPISUP'], remove: [], also: false } }],
  ['colindo à partir du 1er mars', 'fr', null, { applications: { add: ['COLINDOS'], remove: [], also: false }, startDate: '2027-03-01', readAhead: [{ said: '1er mars', date: '2027-03-01' }] }],
  ['pour IRIS Sud, soins de santé', 'fr', null, { entity: 1, qualityKind: 'INAMI_CARE' }],
  ['entité 710338-90', 'fr', null, { entity: 2 }],
  ['à la clinique Sainte-Anne', 'fr', null, { entity: 2 }],
  ["c'est un pharmacien", 'fr', null, { role: 'pharmacist' }],
  ['collaborateur d’un pharmacien hospitalier', 'fr', null, { role: 'collaborator', functionKind: 'pharmacist' }],
  ['médecin spécialiste', 'fr', 'role', { role: 'doctor' }],
  ['du 1er mars au 30 juin 2027', 'fr', 'startDate', { startDate: '2027-03-01', readAhead: [{ said: '1er mars', date: '2027-03-01' }], endDate: '2027-06-30' }],
  ["jusqu'au 31 décembre 2027", 'fr', 'endDate', { endDate: '2027-12-31' }],
  ['25-02-2027', 'fr', 'startDate', { startDate: '2027-02-25' }],
  ['demain', 'fr', 'startDate', { startDate: '2026-11-24' }],
  ['25-02-2026', 'fr', 'startDate', { dateError: { problem: 'past', which: 'startDate', date: '2026-02-25' } }],
  ['31-02-2027', 'fr', 'startDate', { dateError: { problem: 'invalid', which: 'startDate' } }],
  ['non, le NISS c’est 90041212377', 'fr', 'confirmPerson', { yesNo: 'no', niss: JAN }],
  ['pas Colindos, Hospiliss', 'fr', 'confirm', { applications: { add: ['HOSPILISS'], remove: ['COLINDOS'], also: false } }],
  ['ajoute aussi eBirth', 'fr', 'confirm', { applications: { add: ['EBIRTH'], remove: [], also: true } }],
  ['modifier la date', 'fr', 'confirm', { change: 'startDate' }],
  ['changer la date de fin', 'fr', 'confirm', { change: 'endDate' }],
  ['son e-mail est marie.dupont@hopital.be', 'fr', null, { email: 'marie.dupont@hopital.be' }],
  ["est-ce que l'accès de 85073003328 à HospiSup est actif ?", 'fr', null, { status: { niss: MARIE, applications: ['HOSPISUP'] } }],
  ['même accès que 90041212377', 'fr', null, { copyFrom: JAN }],
  ['donne à 85073003328 les mêmes accès que 90041212377', 'fr', null, { niss: MARIE, copyFrom: JAN }],
  ['en néerlandais svp', 'fr', null, { language: 'nl' }],
  ['annuler', 'fr', 'niss', { command: 'cancel' }],
  ['retour', 'fr', 'niss', { command: 'back' }],
  ['aide', 'fr', 'niss', { command: 'help' }],
  ['on recommence', 'fr', 'niss', { command: 'startOver' }],
  ['où en est-on ?', 'fr', 'niss', { command: 'recap' }],
  ['85073003329', 'fr', 'niss', { nissError: { problem: 'checksum', length: null, digits: '29' } }],
  ['8507300332', 'fr', null, { nissError: { problem: 'length', length: 10, digits: null } }],
  ['hospi', 'fr', null, { applicationsAmbiguous: { text: 'hospi', candidates: ['HOSPISUP', 'HOSPILISS'] } }],
  ['oui', 'fr', 'confirm', { yesNo: 'yes' }],
  ['Dupont', 'fr', 'lastName', {}],
  // Dutch.
  ['geef Colindos aan 85073003328 vanaf volgende maandag, ze is medewerkster van een arts', 'nl', null,
    { niss: MARIE, applications: { add: ['COLINDOS'], remove: [], also: false }, startDate: '2026-11-30', role: 'collaborator', functionKind: 'doctor' }],
  ['hospisup voor 90.04.12-123.77', 'nl', null, { niss: JAN, applications: { add: ['HOSPISUP'], remove: [], also: false } }],
  ['vanaf 1 maart tot 30 juni 2027', 'nl', 'startDate', { startDate: '2027-03-01', readAhead: [{ said: '1 maart', date: '2027-03-01' }], endDate: '2027-06-30' }],
  ['ziekenhuisapotheker', 'nl', 'role', { role: 'pharmacist' }],
  ['medewerker van een apotheker', 'nl', null, { role: 'collaborator', functionKind: 'pharmacist' }],
  ['niet Colindos maar Hospiliss', 'nl', 'confirm', { applications: { add: ['HOSPILISS'], remove: ['COLINDOS'], also: false } }],
  ['is de toegang van 85073003328 tot Hospiliss actief?', 'nl', null, { status: { niss: MARIE, applications: ['HOSPILISS'] } }],
  ['zelfde toegang als 90041212377', 'nl', null, { copyFrom: JAN }],
  ['in het Engels alstublieft', 'nl', null, { language: 'en' }],
  ['annuleren', 'nl', 'applications', { command: 'cancel' }],
  ['terug', 'nl', 'applications', { command: 'back' }],
  ['wat heb je al?', 'nl', 'applications', { command: 'recap' }],
  ['opnieuw beginnen', 'nl', 'applications', { command: 'startOver' }],
  ['hulp', 'nl', 'applications', { command: 'help' }],
  ['ja', 'nl', 'confirm', { yesNo: 'yes' }],
  ['wijzig de einddatum', 'nl', 'confirm', { change: 'endDate' }],
  // German.
  ['gib HospiSup an 85073003328 ab 1. März', 'de', null, { niss: MARIE, applications: { add: ['HOSPISUP'], remove: [], also: false }, startDate: '2027-03-01', readAhead: [{ said: '1. März', date: '2027-03-01' }] }],
  // The examples of the German help, in "Sie": what Sésame suggests typing is understood.
  ['geben Sie HospiSup an 85.07.30-033.28', 'de', null, { niss: MARIE, applications: { add: ['HOSPISUP'], remove: [], also: false } }],
  ['Colindos für 90041212377, Mitarbeiterin eines Arztes, ab nächsten Montag', 'de', null,
    { niss: JAN, applications: { add: ['COLINDOS'], remove: [], also: false }, role: 'collaborator', functionKind: 'doctor', startDate: '2026-11-30' }],
  ['Krankenhausapotheker', 'de', 'role', { role: 'pharmacist' }],
  ['ab Montag bis 31.12.2027', 'de', 'startDate', { startDate: '2026-11-23', endDate: '2027-12-31' }],
  ['nicht Colindos, sondern Hospiliss', 'de', 'confirm', { applications: { add: ['HOSPILISS'], remove: ['COLINDOS'], also: false } }],
  ['ist der Zugang von 85073003328 zu HospiSup aktiv?', 'de', null, { status: { niss: MARIE, applications: ['HOSPISUP'] } }],
  ['gleichen Zugang wie 90041212377', 'de', null, { copyFrom: JAN }],
  ['auf Deutsch bitte', 'fr', null, { language: 'de' }],
  ['abbrechen', 'de', 'confirm', { command: 'cancel' }],
  ['zurück', 'de', 'confirm', { command: 'back' }],
  ['Hilfe', 'de', 'confirm', { command: 'help' }],
  ['was hast du bisher?', 'de', 'confirm', { command: 'recap' }],
  ['was haben Sie bisher?', 'de', 'confirm', { command: 'recap' }],
  ['von vorne', 'de', 'confirm', { command: 'startOver' }],
  ['Enddatum ändern', 'de', 'confirm', { change: 'endDate' }],
  ['für Sainte-Anne, Krankenhaus', 'de', null, { entity: 2 }],
  // English.
  ['give HospiSup to 85073003328 from next Monday, she is a doctor', 'en', null,
    { niss: MARIE, applications: { add: ['HOSPISUP'], remove: [], also: false }, startDate: '2026-11-30', role: 'doctor' }],
  ['Colindos and Hospiliss for 90041212377, assistant to a pharmacist', 'en', null,
    { niss: JAN, applications: { add: ['COLINDOS', 'HOSPILISS'], remove: [], also: false }, role: 'collaborator', functionKind: 'pharmacist' }],
  ['change the start date to 3 March', 'en', 'confirm', { startDate: '2027-03-03', readAhead: [{ said: '3 March', date: '2027-03-03' }] }],
  ['from 1/3/2027 until 30/6/2027', 'en', 'startDate', { startDate: '2027-03-01', endDate: '2027-06-30' }],
  ['not Colindos, Hospiliss', 'en', 'confirm', { applications: { add: ['HOSPILISS'], remove: ['COLINDOS'], also: false } }],
  ['ebirth too', 'en', 'confirm', { applications: { add: ['EBIRTH'], remove: [], also: true } }],
  ['chapter iv', 'en', 'applications', { applications: { add: ['CHAPTER_IV'], remove: [], also: false } }],
  ['is the access of 85073003328 to Colindos active?', 'en', null, { status: { niss: MARIE, applications: ['COLINDOS'] } }],
  ['same access as 90041212377', 'en', null, { copyFrom: JAN }],
  ['in English please', 'fr', null, { language: 'en' }],
  ['cancel', 'en', 'role', { command: 'cancel' }],
  ['back', 'en', 'role', { command: 'back' }],
  ['help', 'en', 'role', { command: 'help' }],
  ['what have you got so far?', 'en', 'role', { command: 'recap' }],
  ['start over', 'en', 'role', { command: 'startOver' }],
  ['nurse working for a specialist', 'en', null, { role: 'collaborator', functionKind: 'doctor' }],
  ['yes', 'en', 'confirm', { yesNo: 'yes' }],
  ['end date 2027-06-30', 'en', 'confirm', { endDate: '2027-06-30' }],
  ['French', 'en', 'language', {}],
  // Greetings and small talk hold no slot.
  ['Guten Morgen, ich brauche Zugang für eine neue Kollegin', 'de', null, {}],
  ['Bedankt, tot morgen', 'nl', null, {}],
  ["Bonjour, pouvez-vous m'aider ?", 'fr', null, {}],
  ['tel 0475 12 34 56', 'fr', null, {}],
];

describe('understand: the slots each sentence yields', () => {
  test('covers at least 60 utterances in each of the four languages together', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c[1])).size).toBe(4);
  });

  test.each(cases)('%s (%s, expecting %s)', (text, locale, expecting, expected) => {
    expect(understand(text, vocab, { expecting, now: NOW, locale })).toEqual(expected);
  });
});
