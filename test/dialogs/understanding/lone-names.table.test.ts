import { readCommands } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import type { Row } from './commands.table.helpers';
import { NOW, withPeople } from './fixture';

/**
 * Trial 7, defects B and H, in every kind of request (grant, status, diagnosis, revocation, end of function, removal,
 * designation) and in four languages: a first name alone of one known user ("hospisup for julie", "aan lucas", in any place,
 * lower case) is read as that user, written in full, so that the dialog says whom it took; a first name of several users is
 * read as a name (capitalised), so that the lookup offers them; a first name with a surname typed wrong ("els jansens") is
 * read as the name typed (capitalised), never as the first name's owner, so that the lookup offers the near ones; a status
 * question with a pronoun ("elle a quoi comme accès déjà ?", "what's she got already?") is about the request's person, and
 * one with a first name after the pronoun ("et qu'est-ce qu'elle a maintenant nathalie ?") is about that person.
 */

const TABLES: [Locale, Row[]][] = [
  ['fr', [
    ["hospisup pour julie à partir du 1er juillet", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Julie Lefebvre"},{"type":"set","slot":"applications","value":["HOSPISUP"]},{"type":"set","slot":"startDate","value":"2027-07-01","readAhead":[{"said":"1er juillet","date":"2027-07-01"}]}]],
    ["donne tct à kevin à sainte-anne", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"entity","value":2},{"type":"set","slot":"person","value":"Kevin Maes"},{"type":"set","slot":"applications","value":["TCT_WEB"]}]],
    ["pourquoi julie ne peut pas ouvrir tct ?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Julie Lefebvre"}}]],
    ["retire tct à bram", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Bram Claessens","applications":["TCT_WEB"]}}]],
    ["la fonction de markus se termine fin mars", null, [{"type":"startRequest","kind":"endFunction","intent":{"kind":"endFunction","niss":null,"name":"Markus Schmitz","endDate":"2027-03-31"}}]],
    ["supprime lucas de sainte-anne", null, [{"type":"startRequest","kind":"remove","intent":{"kind":"removeUser","niss":null,"name":"Lucas Mertens","entity":2}}]],
    ["qu'est-ce qu'a julie ?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Julie Lefebvre"}]],
    ["tct pour sarah", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Sarah"},{"type":"set","slot":"applications","value":["TCT_WEB"]}]],
    ["donne ebirth à julie martin", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Julie Martin"},{"type":"set","slot":"applications","value":["EBIRTH"]}]],
    ["pourquoi els jansens ne peut pas ouvrir tct ?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Els Jansens"}}]],
    ["retire ebirth à els jansens", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Els Jansens","applications":["EBIRTH"]}}]],
    ["qu'est-ce qu'a jan peters ?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Jan Peters"}]],
    ["nomme els jansens gestionnaire d'accès de sainte-anne", null, [{"type":"startRequest","kind":"designate","intent":{"kind":"designate","role":"GA","remove":false,"identifier":null,"niss":null,"name":"Els Jansens","entity":2,"said":"gestionnaire d'accès"}}]],
    ["elle a quoi comme acces deja ?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"}]],
    ["qu'est-ce qu'il a déjà ?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"}]],
    ["il a accès à quoi ?", "entity", [{"type":"startRequest","kind":"status","subject":"current"}]],
    ["et qu'est ce qu'elle a maintenant nathalie ?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Nathalie Dubois"}]],
    ["tct pour marie à iris sud", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"entity","value":1},{"type":"set","slot":"person","value":"Marie"},{"type":"set","slot":"applications","value":["TCT_WEB"]}]],
  ]],
  ['nl', [
    ["geef hospisup aan jan vanaf 3 jan", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Jan Peeters"},{"type":"set","slot":"applications","value":["HOSPISUP"]},{"type":"set","slot":"startDate","value":"2027-01-03","readAhead":[{"said":"3 jan","date":"2027-01-03"}]}]],
    ["hospisup voor lucas vanaf 1 juli", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Lucas Mertens"},{"type":"set","slot":"applications","value":["HOSPISUP"]},{"type":"set","slot":"startDate","value":"2027-07-01","readAhead":[{"said":"1 juli","date":"2027-07-01"}]}]],
    ["waarom kan julie niet in tct?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Julie Lefebvre"}}]],
    ["trek ebirth in bij bram", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Bram Claessens","applications":["EBIRTH"]}}]],
    ["de functie van markus stopt eind april", null, [{"type":"startRequest","kind":"endFunction","intent":{"kind":"endFunction","niss":null,"name":"Markus Schmitz","endDate":"2027-04-30"}}]],
    ["verwijder lucas uit sainte-anne", null, [{"type":"startRequest","kind":"remove","intent":{"kind":"removeUser","niss":null,"name":"Lucas Mertens","entity":2}}]],
    ["wat heeft julie al?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Julie Lefebvre"}]],
    ["waarom kan els jansens niet in tct?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Els Jansens"}}]],
    ["trek ebirth in bij els jansens", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Els Jansens","applications":["EBIRTH"]}}]],
    ["verwijder lucas mertes uit sainte-anne", null, [{"type":"startRequest","kind":"remove","intent":{"kind":"removeUser","niss":null,"name":"Lucas Mertes","entity":2}}]],
    ["welke toegang heeft nathalie dubos?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Nathalie Dubos"}]],
    ["wat heeft ze al?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"}]],
    ["heeft hij al toegang tot tct?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"},{"type":"set","slot":"applications","value":["TCT_WEB"]}]],
    ["en wat heeft ze nu, julie?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Julie Lefebvre"}]],
  ]],
  ['de', [
    ["hospisup für lucas ab 1. juli", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Lucas Mertens"},{"type":"set","slot":"applications","value":["HOSPISUP"]},{"type":"set","slot":"startDate","value":"2027-07-01","readAhead":[{"said":"1. juli","date":"2027-07-01"}]}]],
    ["warum kann julie sich nicht anmelden?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Julie Lefebvre","logIn":true}}]],
    ["entziehe bram tct", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Bram Claessens","applications":["TCT_WEB"]}}]],
    ["die funktion von markus endet ende april", null, [{"type":"startRequest","kind":"endFunction","intent":{"kind":"endFunction","niss":null,"name":"Markus Schmitz","endDate":"2027-04-30"}}]],
    ["entferne lucas aus sainte-anne", null, [{"type":"startRequest","kind":"remove","intent":{"kind":"removeUser","niss":null,"name":"Lucas Mertens","entity":2}}]],
    ["was hat julie schon?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Julie Lefebvre"}]],
    ["warum kommt els jansens nicht in tct rein?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Els Jansens"}}]],
    ["entferne lucas mertes aus sainte-anne", null, [{"type":"startRequest","kind":"remove","intent":{"kind":"removeUser","niss":null,"name":"Lucas Mertes","entity":2}}]],
    ["welche zugänge hat nathalie dubos?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Nathalie Dubos"}]],
    ["was hat sie schon?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"}]],
    ["hat er schon ebirth?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"},{"type":"set","slot":"applications","value":["EBIRTH"]}]],
    ["gib sarah ebirth ab 3. märz", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Sarah"},{"type":"set","slot":"applications","value":["EBIRTH"]},{"type":"set","slot":"startDate","value":"2027-03-03","readAhead":[{"said":"3. märz","date":"2027-03-03"}]}]],
  ]],
  ['en', [
    ["hospisup for julie from 1 july", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Julie Lefebvre"},{"type":"set","slot":"applications","value":["HOSPISUP"]},{"type":"set","slot":"startDate","value":"2027-07-01","readAhead":[{"said":"1 july","date":"2027-07-01"}]}]],
    ["hospisup julie from 1 july", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Julie Lefebvre"},{"type":"set","slot":"applications","value":["HOSPISUP"]},{"type":"set","slot":"startDate","value":"2027-07-01","readAhead":[{"said":"1 july","date":"2027-07-01"}]}]],
    ["why can't julie open tct?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Julie Lefebvre"}}]],
    ["pull tct from bram please", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Bram Claessens","applications":["TCT_WEB"]}}]],
    ["end markus's function on 30 april", null, [{"type":"startRequest","kind":"endFunction","intent":{"kind":"endFunction","niss":null,"name":"Markus Schmitz","endDate":"2027-04-30"}}]],
    ["remove lucas from sainte-anne", null, [{"type":"startRequest","kind":"remove","intent":{"kind":"removeUser","niss":null,"name":"Lucas Mertens","entity":2}}]],
    ["what does julie have?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Julie Lefebvre"}]],
    ["why can't els jansens open tct?", null, [{"type":"startRequest","kind":"diagnose","intent":{"kind":"diagnose","name":"Els Jansens"}}]],
    ["revoke ebirth from els jansens", null, [{"type":"startRequest","kind":"revoke","intent":{"kind":"revoke","niss":null,"name":"Els Jansens","applications":["EBIRTH"]}}]],
    ["what does nathalie dubos have?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Nathalie Dubos"}]],
    ["what's she got already?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"}]],
    ["has he got hospisup?", "confirm", [{"type":"startRequest","kind":"status","subject":"current"},{"type":"set","slot":"applications","value":["HOSPISUP"]}]],
    ["and what has julie got now?", null, [{"type":"startRequest","kind":"status"},{"type":"set","slot":"person","value":"Julie Lefebvre"}]],
    ["give tct to julie martin", null, [{"type":"startRequest","kind":"grant"},{"type":"set","slot":"person","value":"Julie Martin"},{"type":"set","slot":"applications","value":["TCT_WEB"]}]],
  ]],
];

describe.each(TABLES.map(([locale, rows]) => [`${locale}: ${rows.length} utterances`, locale, rows] as const))('first names, near names, pronouns, %s', (_name, locale, rows) => {
  it.each(rows)('"%s" (expecting %s)', (text, expecting, commands) => {
    expect(readCommands(text, { vocabulary: withPeople, now: NOW, expecting, locale })).toEqual(commands);
  });
});
