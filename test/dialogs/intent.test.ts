import { asksNextPage, readIntent } from '../../dialogs/understanding/intent';
import type { Vocabulary } from '../../dialogs/understanding/understand';
import { de } from '../../src/i18n/grant.de';
import { en } from '../../src/i18n/grant.en';
import { fr } from '../../src/i18n/grant.fr';
import { nl } from '../../src/i18n/grant.nl';

const vocab: Vocabulary = {
  entities: [{ id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50' }, { id: 2, name: 'Clinique Sainte-Anne Saint-Remi', inami: '710338-90' }],
  qualityKinds: [{ code: 'HOSPITAL', names: { fr: 'Prestataire de soins : hôpital', nl: 'Zorgverlener: ziekenhuis', de: 'Pflegeerbringer: Krankenhaus', en: 'Healthcare provider: hospital' } }],
  applications: [
    { code: 'HOSPISUP', names: { fr: 'HospiSup', nl: 'HospiSup', de: 'HospiSup', en: 'HospiSup' }, aliases: [] },
    { code: 'COLINDOS', names: { fr: 'Colindos', nl: 'Colindos', de: 'Colindos', en: 'Colindos' }, aliases: [] },
  ],
};
const read = (text: string) => readIntent(text, vocab, { now: Date.parse('2026-11-23T12:00:00Z') });

describe('readIntent', () => {
  it.each([
    ['liste les utilisateurs', { kind: 'list' }],
    ['qui a Colindos ?', { kind: 'list', query: { application: 'COLINDOS' } }],
    ['users with status invited', { kind: 'list', query: { status: 'invited' } }],
    ['gebruikers met naam Peeters', { kind: 'list', query: { lastName: 'Peeters' } }],
    ['zeige die Benutzer mit Vorname Marie', { kind: 'list', query: { firstName: 'Marie' } }],
    ['exporte en Excel', { kind: 'export', format: 'xlsx' }],
    ['export to CSV', { kind: 'export', format: 'csv' }],
    ['retire HospiSup à 85073003328', { kind: 'revoke', niss: '85073003328', applications: ['HOSPISUP'] }],
    ['fin de la fonction de 90041212377 au 31-12-2026', { kind: 'endFunction', niss: '90041212377', endDate: '2026-12-31' }],
    ["supprime 85073003328 de l'entité", { kind: 'removeUser', niss: '85073003328' }],
    ["désigne 78110324621 comme gestionnaire d'accès", { kind: 'designate', remove: false, role: 'GA', niss: '78110324621', identifier: null }],
    ['make 5f0c8a3e-1b2c-4d5e-8f90-123456789abc co-RAE', { kind: 'designate', role: 'CO_RAE', identifier: '5f0c8a3e-1b2c-4d5e-8f90-123456789abc' }],
    ['donne HospiSup à 85073003328, 90041212377 et 78110324621', { kind: 'bulk', applications: ['HOSPISUP'] }],
    ['qui a donné accès à HospiSup à 85073003328 ?', { kind: 'audit', niss: '85073003328', applications: ['HOSPISUP'] }],
    ['pourquoi 85073003328 ne peut pas ouvrir Colindos ?', { kind: 'diagnose' }],
    ['guide Colindos', { kind: 'guide' }],
    ['comment faire dans le portail ?', { kind: 'guide' }],
  ])('%s', (text, expected) => expect(read(text)).toMatchObject(expected));

  it.each(['bonjour', 'oui', 'donne HospiSup à 85073003328', 'même accès que 90041212377 pour 85073003328', 'pas Colindos', "est-ce que l'accès de 85073003328 à HospiSup est actif ?", 'aide'])(
    'leaves "%s" to the grant dialog',
    (text) => expect(read(text)).toBeUndefined(),
  );

  it('reads the welcome starters as the requests they name, in four languages', () => {
    for (const catalog of [fr, nl, de, en]) {
      expect(read(catalog.starterUsers())).toMatchObject({ kind: 'list' });
      // Without a NISS, the diagnosis answers how to ask (helpdeskHelp); a grant must not start.
      expect(read(catalog.starterWhy())).toEqual({ kind: 'diagnose' });
      expect(read(catalog.starterGrant())).toBeUndefined();
    }
    // A question about the dialog itself stays with the dialog.
    expect(read('pourquoi me demandez-vous la qualité ?')).toBeUndefined();
  });

  it('reads the next page in four languages', () => {
    for (const t of ['les 10 suivants', 'volgende 10', 'next 10', 'nächste 10']) expect(asksNextPage(t)).toBe(true);
    expect(asksNextPage('oui')).toBe(false);
  });
});
