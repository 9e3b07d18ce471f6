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
 * The end of a function, said so that no one wonders whether its end date is still a day with the function:
 * end dates are exclusive (the store's end_date > start_date; from that day on, at midnight in Brussels, the
 * function is no longer held), so the last day is named, in the four languages.
 */
const fn = { fr: 'collaborateur médecin-spécialiste', nl: 'medewerker arts-specialist', de: 'Mitarbeiter Facharzt', en: 'specialist doctor’s collaborator' };
const params = { person: 'Jan Peeters', fn, endDate: '2027-03-31' };
const effectiveAt = brusselsMidnight('2027-03-31').getTime();

describe('the end of a function names its last day', () => {
  it.each([
    [manageFr.confirmEndFunction(params), 'prendra fin le 31/03/2027 : son dernier jour sera le 30/03/2027. Puis-je confirmer ?'],
    [manageNl.confirmEndFunction(params), 'eindigt op 31-03-2027: de laatste dag is 30-03-2027. Bevestigt u?'],
    [manageDe.confirmEndFunction(params), 'endet am 31.03.2027: Der letzte Tag ist der 30.03.2027. Bestätigen Sie?'],
    [manageEn.confirmEndFunction(params), 'will end on 31/03/2027: the last day is 30/03/2027. Shall I confirm?'],
    [peopleFr.functionEndScheduled({ ...params, effectiveAt }), 'prend fin le 31/03/2027 : son dernier jour est le 30/03/2027, elle sera inactive à partir du 31/03/2027 00:00.'],
    [peopleNl.functionEndScheduled({ ...params, effectiveAt }), 'eindigt op 31-03-2027: de laatste dag is 30-03-2027, inactief vanaf 31-03-2027 00:00.'],
    [peopleDe.functionEndScheduled({ ...params, effectiveAt }), 'endet am 31.03.2027: Der letzte Tag ist der 30.03.2027, inaktiv ab 31.03.2027 00:00.'],
    [peopleEn.functionEndScheduled({ ...params, effectiveAt }), 'ends on 31/03/2027: the last day is 30/03/2027, inactive from 31/03/2027 00:00.'],
  ])('%s', (said, end) => expect(said.endsWith(end)).toBe(true));
});
