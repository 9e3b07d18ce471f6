import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIntent } from '../../dialogs/understanding/intent';
import { understand, type Vocabulary } from '../../dialogs/understanding/understand';

/**
 * Against the real catalog (data/catalog.json, its aliases included): ordinary words are no application,
 * a revocation in everyday words is a revocation, "instead of" takes one out, a near miss is marked as guessed.
 */
interface CatalogFile { qualityKinds: Vocabulary['qualityKinds']; applications: { code: string; names: Vocabulary['applications'][number]['names']; aliases?: string[] }[] }
const file = JSON.parse(readFileSync(join(__dirname, '../../data/catalog.json'), 'utf8')) as CatalogFile;
const vocab: Vocabulary = {
  entities: [{ id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50' }],
  qualityKinds: file.qualityKinds,
  applications: file.applications.map((a) => ({ code: a.code, names: a.names, aliases: a.aliases ?? [] })),
};
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const read = (text: string) => understand(text, vocab, { expecting: null, now: NOW, locale: 'fr' });

describe('ordinary words in a sentence are no application', () => {
  it.each([
    'donne HospiSup à 85073003328 du service diabète',
    'donne HospiSup à 85073003328 avant son congé de naissance',
    'donne HospiSup à 85073003328 pendant ses disponibilités',
    'donne HospiSup à 85073003328, elle travaille en première ligne',
    'donne HospiSup à 85073003328 pour la traçabilité des implants',
    'donne HospiSup à 85073003328, maladie rare',
    'geef HospiSup aan 85073003328 in plaats van aan Jan',
    'geef HospiSup aan 85073003328 van de eerste lijn',
    'geef HospiSup aan 85073003328, beschikbaarheid vanaf maandag',
    'geef HospiSup aan 85073003328 voor implantaten',
    'geef HospiSup aan 85073003328, afdeling diabetes',
    'gib HospiSup an 85073003328 für seltene Krankheit',
    'gib HospiSup an 85073003328 der Diabetes Abteilung',
    'give HospiSup to 85073003328, she works on rare disease',
    'give HospiSup to 85073003328 of the primary care team',
    'give HospiSup to 85073003328 for the tumor bank',
    'give HospiSup to 85073003328 for my documents',
  ])('%s: HospiSup only', (text) => {
    expect(read(text).applications).toEqual({ add: ['HOSPISUP'], remove: [], also: expect.any(Boolean) });
  });

  it.each([
    ['colindo', 'COLINDOS'], ['hospi sup', 'HOSPISUP'], ['diabète', 'DIABETES_IPQED'], ['eerste lijn', 'HEALTHDATA_PRIMARY_CARE'], ['chapitre 4', 'CHAPTER_IV'],
  ])('"%s" alone, as the whole answer, still names %s', (text, code) => {
    expect(read(text).applications?.add).toEqual([code]);
  });

  it.each([
    ['donne colindoss à 85073003328', 'colindoss', 'COLINDOS'],
    ['geef Hospisop aan 85073003328', 'hospisop', 'HOSPISUP'],
    ['gib Colindso an 85073003328', 'colindso', 'COLINDOS'],
    ['give Hospilis to 85073003328', undefined, 'HOSPILISS'],
  ])('%s: a near miss is marked as guessed, to be said', (text, guessed, code) => {
    const u = read(text);
    expect(u.applications?.add).toEqual([code]);
    // "hospilis" is a declared alias: an alias is a name, not a guess.
    expect(u.applicationsGuessed).toEqual(guessed ? [{ text: guessed, code }] : undefined);
  });
});

describe('a revocation in everyday words is a revocation, never a grant', () => {
  it.each([
    'Frau Dupont (85073003328) braucht HospiSup nicht mehr',
    'bitte HospiSup für 85073003328 sperren',
    "85073003328 n'a plus besoin de HospiSup",
    "coupe l'accès HospiSup de 85073003328",
    'neem HospiSup af van 85073003328',
    '85073003328 heeft HospiSup niet meer nodig',
    '85073003328 no longer needs HospiSup',
    "85073003328 doesn't need HospiSup anymore",
    'remove her access to HospiSup, NISS 85073003328',
  ])('%s: the revocation request', (text) => {
    expect(read(text).applications).toMatchObject({ add: [], remove: ['HOSPISUP'] });
    expect(readIntent(text, vocab, { now: NOW })).toEqual({ kind: 'revoke', niss: '85073003328', applications: ['HOSPISUP'] });
  });

  it.each([
    ['HospiSup for 90041212377, she does not need a function', 'HOSPISUP'],
    ['Colindos voor 90041212377, geen functie nodig', 'COLINDOS'],
    ['Colindos pour 90041212377, pas besoin de date de fin', 'COLINDOS'],
    ['Colindos für 90041212377, braucht keine Funktion', 'COLINDOS'],
  ])('%s: a need about the function or a date is no revocation', (text, code) => {
    expect(read(text).applications).toMatchObject({ add: [code], remove: [] });
    expect(readIntent(text, vocab, { now: NOW })).toBeUndefined();
  });

  it('a sentence that gives and takes is read application by application', () => {
    expect(read('donne eBirth à 85073003328 et retire HospiSup').applications).toMatchObject({ add: ['EBIRTH'], remove: ['HOSPISUP'] });
  });
});

describe('"instead of" takes the other one out', () => {
  it.each([
    'Chapter IV statt eBirth', 'Chapter IV anstelle von eBirth', 'ersetze eBirth durch Chapter IV', "Chapter IV au lieu d'eBirth", 'remplace eBirth par Chapter IV',
    "Chapter IV à la place d'eBirth", 'Chapter IV in plaats van eBirth', 'vervang eBirth door Chapter IV', 'Chapter IV instead of eBirth', 'swap eBirth for Chapter IV',
    'replace eBirth with Chapter IV',
  ])('%s', (text) => {
    const u = read(text);
    expect(u.applications).toMatchObject({ add: ['CHAPTER_IV'], remove: ['EBIRTH'] });
    expect(u.applicationsReplaced).toEqual({ removed: ['EBIRTH'], added: ['CHAPTER_IV'] });
  });
});
