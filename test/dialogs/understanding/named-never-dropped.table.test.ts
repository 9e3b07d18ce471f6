import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { diagnoseNamed } from './commands.table.helpers';
import { NOW, vocabulary } from './fixture';

/**
 * Trial 8, defects G, I and F: nothing the manager names is dropped or replaced without a word. A place typed in lower
 * case before its kind ("mercy hospital", "marienhospital"), an application after "is called", a mid-month date, an
 * entity beside a question about someone, are each read; "niss" is no one's name; "why can't X get in", in everyday
 * words ("woran liegt das", "any idea what's wrong", "qu'est-ce qui cloche", "wat is er mis"), is a diagnosis.
 */
const read = (text: string, locale: Locale, expecting: string | null = null) => readCommands(text, { vocabulary, now: NOW, expecting, locale });
const ofSlot = (slot: string) => (cs: Command[]) => cs.filter((c) => 'slot' in c && c.slot === slot);

describe('"why can\'t X get in", in everyday words, is a diagnosis of X, never a grant', () => {
  it.each<[string, Locale, string, boolean?]>([
    ["julie lefebvre n'arrive pas à ouvrir colindos, qu'est-ce qui cloche ?", 'fr', 'julie lefebvre'],
    ["kevin maes se plaint, il n'arrive pas à entrer dans hospisup", 'fr', 'kevin maes'],
    ["sarah moens ne peut pas utiliser ebirth, c'est quoi le problème ?", 'fr', 'sarah moens'],
    ["jan peeters n'arrive pas à se connecter à tct, qu'est-ce qui se passe ?", 'fr', 'jan peeters', true],
    ['kevin maes krijgt ebirth niet open, wat is er mis?', 'nl', 'kevin maes'],
    ['bij sarah moens lukt het niet met tct, wat is het probleem?', 'nl', 'sarah moens'],
    ['jan peeters klaagt dat hij niet in colindos kan, hoe komt dat?', 'nl', 'jan peeters'],
    ['waarom kan lucas mertens niet inloggen op ebirth?', 'nl', 'lucas mertens', true],
    ['markus schmitz beschwert sich, er kommt nicht in colindos, woran liegt das?', 'de', 'markus schmitz'],
    ['wieso kommt thomas claes nicht in tct rein?', 'de', 'thomas claes'],
    ['was ist los mit tct bei jan peeters? er kommt nicht rein', 'de', 'jan peeters'],
    ['julie lefebvre kann hospisup nicht öffnen, was stimmt da nicht?', 'de', 'julie lefebvre'],
    ['an peeters cant open hospisup, any idea whats wrong?', 'en', 'an peeters'],
    ["jan peeters can't get into colindos, what's the problem?", 'en', 'jan peeters'],
    ['kevin maes complains he cannot use ebirth, what is wrong?', 'en', 'kevin maes'],
    ["sarah moens still can't log in to tct, what's going on?", 'en', 'sarah moens', true],
  ])('"%s" (%s) diagnoses %s', (text, locale, name, logIn = false) => {
    expect(read(text, locale)).toEqual([diagnoseNamed(name, logIn)]);
  });
});

describe('a place named in lower case before its kind is named back, never dropped nor replaced', () => {
  it.each<[string, Locale, string]>([
    ['ok then tct for els janssens at mercy hospital', 'en', 'mercy hospital'],
    ["give tct to kevin maes at st mary's medical center", 'en', "st mary's medical center"],
    ['hospisup for jan peeters at riverside clinic', 'en', 'riverside clinic'],
    ['tct für peter vandamme im marienhospital bitte', 'de', 'marienhospital'],
    ['gib hospisup an kevin maes im st. josef krankenhaus', 'de', 'st. josef krankenhaus'],
    ['gib tct an kevin maes im universitätsklinikum', 'de', 'universitätsklinikum'],
    ['colindos für jan peeters im josefspital', 'de', 'josefspital'],
    ['ebirth voor jan peeters in het sint-jozefziekenhuis', 'nl', 'sint-jozefziekenhuis'],
    ['ebirth voor jan peeters in maria middelares ziekenhuis', 'nl', 'maria middelares ziekenhuis'],
    ['donne tct a kevin maes a la clinique du parc', 'fr', 'clinique du parc'],
  ])('"%s" (%s) names %s', (text, locale, place) => {
    expect(ofSlot('entity')(read(text, locale))).toEqual([{ type: 'unknown', slot: 'entity', text: place }]);
  });

  it.each<[string, Locale]>([
    ['give tct to kevin maes at our hospital', 'en'],
    ['geef tct aan kevin maes in het ziekenhuis', 'nl'],
    ['gib tct an kevin maes in unserem krankenhaus', 'de'],
    ['donne tct a kevin maes dans notre clinique', 'fr'],
  ])('"%s" (%s) names no place', (text, locale) => {
    expect(ofSlot('entity')(read(text, locale))).toEqual([]);
  });

  it.each<[string, Locale, number]>([
    ['ah nein, iris sud natürlich', 'de', 1],
    ['non, sainte-anne bien sûr', 'fr', 2],
  ])('"%s" (%s), at the summary, corrects the entity', (text, locale, id) => {
    expect(ofSlot('entity')(read(text, locale, 'confirm'))).toEqual([{ type: 'correct', slot: 'entity', value: id }]);
  });
});

describe('an entity named beside a question about someone, or after "d\'", is the request\'s', () => {
  const intentOf = (text: string, locale: Locale) => (read(text, locale)[0] as { intent?: { entity?: number; query?: { entity?: number } } }).intent;
  it.each<[string, Locale, number]>([
    ['kann nathalie dubois zugangsverwalterin für sainte-anne werden?', 'de', 2],
    ['kann Nathalie Dubois Zugangsverwalterin für Sainte-Anne werden?', 'de', 2],
  ])('"%s" (%s) designates at entity %d', (text, locale, id) => {
    expect(intentOf(text, locale)?.entity).toBe(id);
  });
  it.each<[string, Locale, number]>([
    ["tu peux me sortir un fichier excel avec tous les gens d'iris sud ?", 'fr', 1],
    ["exporte les utilisateurs d'iris sud en csv", 'fr', 1],
    ["exporteer de gebruikers van sainte-anne naar excel", 'nl', 2],
  ])('"%s" (%s) exports entity %d', (text, locale, id) => {
    expect(intentOf(text, locale)?.query?.entity).toBe(id);
  });
});

describe('a people request keeps the place it names that is no entity known, for the dialog to say', () => {
  const unknownOf = (text: string, locale: Locale) => (read(text, locale)[0] as { intent?: { entityUnknown?: string } }).intent?.entityUnknown;
  it.each<[string, Locale, string]>([
    ['entfernen sie jan peeters aus dem marienhospital', 'de', 'marienhospital'],
    ["retire tct à jan peeters à l'hôpital delta", 'fr', 'hôpital delta'],
    ['liste les utilisateurs de la clinique du parc', 'fr', 'clinique du parc'],
    ['export the users of mercy hospital to excel', 'en', 'mercy hospital'],
    ['toon de gebruikers van het sint-jozefziekenhuis', 'nl', 'sint-jozefziekenhuis'],
  ])('"%s" (%s) names %s', (text, locale, place) => {
    expect(unknownOf(text, locale)).toBe(place);
  });
  it.each<[string, Locale]>([
    ['entfernen sie jan peeters aus sainte-anne', 'de'],
    ['trek tct in bij Jan Peeters', 'nl'],
    ['liste les utilisateurs', 'fr'],
  ])('"%s" (%s) names none', (text, locale) => {
    expect(unknownOf(text, locale)).toBeUndefined();
  });
});

describe('an application named is used or named back; a NISS word is no name', () => {
  it.each<[string, Locale, Command]>([
    ['falsch, die nummer ist 84022911121 und die anwendung heisst tumorbank', 'de', { type: 'set', slot: 'applications', value: ['TUMOR_BANK_CATALOGUE'], readAs: [{ text: 'tumorbank', code: 'TUMOR_BANK_CATALOGUE' }] }],
    ['die Anwendung heißt Medistat', 'de', { type: 'unknown', slot: 'applications', text: 'Medistat' }],
    ["l'application s'appelle medimed", 'fr', { type: 'unknown', slot: 'applications', text: 'medimed' }],
    ['donnez medimed au niss 93010123446 svp', 'fr', { type: 'unknown', slot: 'applications', text: 'medimed' }],
    ['de toepassing heet medisoft', 'nl', { type: 'unknown', slot: 'applications', text: 'medisoft' }],
    ['the application is called medigate', 'en', { type: 'unknown', slot: 'applications', text: 'medigate' }],
    ['could lucas mertens get the tumour bank catalogue at sainte-anne?', 'en', { type: 'set', slot: 'applications', value: ['TUMOR_BANK_CATALOGUE'] }],
  ])('"%s" (%s)', (text, locale, command) => {
    expect(ofSlot('applications')(read(text, locale))).toEqual([command]);
  });

  it.each<[string, Locale]>([
    ['donnez medimed au niss 93010123446 svp', 'fr'],
    ["il me faut tct pour l'inss 85073003328", 'fr'],
    ['tct voor rijksregisternummer 85073003328', 'nl'],
    ['tct für die nationalnummer 85073003328', 'de'],
    ['tct for national number 85073003328', 'en'],
  ])('"%s" (%s) names no person', (text, locale) => {
    expect(ofSlot('person')(read(text, locale))).toEqual([]);
  });
});

describe('a mid-month date is read as the 15th and said back', () => {
  it.each<[string, Locale, string, string]>([
    ['colindos pour jan peeters collaborateur du specialiste a partir de la mi-janvier', 'fr', 'mi-janvier', '2027-01-15'],
    ['colindos pour jan peeters collaborateur du specialiste vers le milieu de fevrier', 'fr', 'milieu de fevrier', '2027-02-15'],
    ['tct voor sarah wouters als medewerker van de specialist vanaf half januari', 'nl', 'half januari', '2027-01-15'],
    ['colindos voor jan peeters, medewerker van de apotheker, medio maart', 'nl', 'medio maart', '2027-03-15'],
    ['colindos für jan peeters als mitarbeiter des facharztes ab mitte januar', 'de', 'mitte januar', '2027-01-15'],
    ['colindos for jan peeters as the specialist\'s assistant from mid-february', 'en', 'mid-february', '2027-02-15'],
    ['colindos for jan peeters as the pharmacist\'s assistant from the middle of march', 'en', 'the middle of march', '2027-03-15'],
  ])('"%s" (%s): %s is %s', (text, locale, said, date) => {
    expect(ofSlot('startDate')(read(text, locale))).toEqual([{ type: 'set', slot: 'startDate', value: date, readAhead: [{ said, date }] }]);
  });
});
