import { manageFr } from '../../src/i18n/manage.fr';
import { manageNl } from '../../src/i18n/manage.nl';
import { manageDe } from '../../src/i18n/manage.de';
import { manageEn } from '../../src/i18n/manage.en';
import { peopleFr } from '../../src/i18n/people.fr';
import { peopleNl } from '../../src/i18n/people.nl';
import { peopleDe } from '../../src/i18n/people.de';
import { peopleEn } from '../../src/i18n/people.en';
import { brusselsMidnight } from '../../src/domain/dates';

/**
 * The end of a function, said so that no one wonders whether the day said is still a day with the function:
 * the date a manager says ("fin mars", "31-03") is the last day worked; from the next midnight in Brussels
 * the function is no longer held. In the four languages.
 */
const fn = { fr: 'collaborateur médecin-spécialiste', nl: 'medewerker arts-specialist', de: 'Mitarbeiter Facharzt', en: 'specialist doctor’s collaborator' };
const params = { person: 'Jan Peeters', fn, entity: 'Hôpitaux IRIS Sud', lastDay: '2027-03-31' };
const effectiveAt = brusselsMidnight('2027-04-01').getTime();

describe('the end of a function names its last day, and when it is no longer held', () => {
  it.each([
    [manageFr.confirmEndFunction(params), 'prendra fin ; dernier jour : 31/03/2027 (inactive à partir du 01/04/2027 00:00). Puis-je confirmer ?'],
    [manageNl.confirmEndFunction(params), 'eindigt; laatste dag: 31-03-2027 (inactief vanaf 01-04-2027 00:00). Bevestigt u?'],
    [manageDe.confirmEndFunction(params), 'endet; letzter Tag: 31.03.2027 (inaktiv ab 01.04.2027 00:00). Bestätigen Sie?'],
    [manageEn.confirmEndFunction(params), 'will end; last day: 31/03/2027 (inactive from 01/04/2027 00:00). Shall I confirm?'],
    [peopleFr.functionEndScheduled({ ...params, effectiveAt }), 'prend fin ; dernier jour : 31/03/2027 (inactive à partir du 01/04/2027 00:00).'],
    [peopleNl.functionEndScheduled({ ...params, effectiveAt }), 'eindigt; laatste dag: 31-03-2027 (inactief vanaf 01-04-2027 00:00).'],
    [peopleDe.functionEndScheduled({ ...params, effectiveAt }), 'endet; letzter Tag: 31.03.2027 (inaktiv ab 01.04.2027 00:00).'],
    [peopleEn.functionEndScheduled({ ...params, effectiveAt }), 'ends; last day: 31/03/2027 (inactive from 01/04/2027 00:00).'],
  ])('%s', (said, end) => expect(said.endsWith(end)).toBe(true));

  it.each([
    [manageFr.confirmEndFunction({ ...params, lastDay: '2027-06-30', currentLastDay: '2027-03-31' }), 'Elle devait se terminer le 31/03/2027 : elle sera donc prolongée.'],
    [manageNl.confirmEndFunction({ ...params, lastDay: '2027-06-30', currentLastDay: '2027-03-31' }), 'Ze zou eindigen op 31-03-2027: ze wordt dus verlengd.'],
    [manageDe.confirmEndFunction({ ...params, lastDay: '2027-06-30', currentLastDay: '2027-03-31' }), 'Sie sollte am 31.03.2027 enden; sie wird also verlängert.'],
    [manageEn.confirmEndFunction({ ...params, lastDay: '2027-06-30', currentLastDay: '2027-03-31' }), 'It was to end on 31/03/2027: it will be extended.'],
  ])('an end later than its own is said: %s', (said, part) => expect(said).toContain(part));

  it.each([
    [manageFr.confirmCancelFunction({ ...params, startDate: '2027-01-01', lastDay: '2026-12-15' }), "n'a pas encore commencé (à partir du 01/01/2027) : la terminer le 15/12/2026 veut dire qu'elle ne commence jamais. Dois-je l'annuler ?"],
    [manageNl.confirmCancelFunction({ ...params, startDate: '2027-01-01', lastDay: '2026-12-15' }), 'is nog niet begonnen (vanaf 01-01-2027): ze beëindigen op 15-12-2026 betekent dat ze nooit begint. Zal ik ze annuleren?'],
    [manageDe.confirmCancelFunction({ ...params, startDate: '2027-01-01', lastDay: '2026-12-15' }), 'hat noch nicht begonnen (ab 01.01.2027): Ein Ende am 15.12.2026 heißt, dass sie nie beginnt. Soll ich sie stornieren?'],
    [manageEn.confirmCancelFunction({ ...params, startDate: '2027-01-01', lastDay: '2026-12-15' }), 'has not started yet (from 01/01/2027): ending it on 15/12/2026 means it never starts. Shall I cancel it?'],
  ])('an end before the start is asked as a cancellation: %s', (said, end) => expect(said.endsWith(end)).toBe(true));
});
