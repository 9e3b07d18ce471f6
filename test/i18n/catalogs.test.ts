import { LOCALES, type Locale } from '../../src/domain/locale';
import { CATALOGS, type Area } from '../../src/i18n/say';
import { SAMPLES } from './samples';

const AREAS = Object.keys(CATALOGS) as Area[];

/** Every sentence of an area in one language, rendered with each sample of its key. */
function rendered(area: Area, locale: Locale): { key: string; text: string }[] {
  const catalog = CATALOGS[area][locale] as unknown as Record<string, (p?: unknown) => string>;
  const samples = SAMPLES[area] as unknown as Record<string, unknown[]>;
  return Object.keys(catalog).flatMap((key) => {
    const params = samples[key]!;
    return (params.length ? params : [undefined]).map((p) => ({ key, text: catalog[key]!(p) }));
  });
}

/** A marker of a plural left to the reader: "utilisateur(s)", "Benutzer(n)", "Person(en)", "retiré(e)". */
const PLURAL_IN_PARENS = /\p{L}\((?:s|e|es|n|en|nen)\)/u;
/** French puts a space (regular or non-breaking) before : ; ? ! — not in a time (10:20) nor an address (https://). */
const FRENCH_UNSPACED = /[^\s\d(«]([:;?!])(?!\/\/)/u;

describe('the message catalogs', () => {
  it.each(AREAS)('%s has the same keys in the four languages, and a sample for each', (area) => {
    const keys = Object.keys(CATALOGS[area].fr).sort();
    for (const l of LOCALES) expect(Object.keys(CATALOGS[area][l]).sort()).toEqual(keys);
    expect(Object.keys(SAMPLES[area]).sort()).toEqual(keys);
  });

  describe.each(AREAS)('%s', (area) => {
    it.each(LOCALES)('in %s, renders every sentence whole: no undefined, no placeholder, no "(s)"', (l) => {
      for (const { key, text } of rendered(area, l)) {
        expect({ key, text: text.trim().length > 0 }).toEqual({ key, text: true });
        for (const bad of ['undefined', 'null', 'NaN', '[object', '{', '}']) expect({ key, text, bad: text.includes(bad) }).toEqual({ key, text, bad: false });
        expect({ key, text, plural: PLURAL_IN_PARENS.test(text) }).toEqual({ key, text, plural: false });
      }
    });

    it('in French, a space before : ; ? and !', () => {
      for (const { key, text } of rendered(area, 'fr')) expect({ key, text, unspaced: text.match(FRENCH_UNSPACED)?.[0] ?? null }).toEqual({ key, text, unspaced: null });
    });

    it('in French, "de" contracts before an entity named with its article: des Hôpitaux, du Centre', () => {
      for (const { key, text } of rendered(area, 'fr')) expect({ key, text, bad: /\bde (Hôpitaux|Cliniques|Centre|CHU)\b/.test(text) }).toEqual({ key, text, bad: false });
    });

    it('in German, always "Sie", never "du", and "Einrichtung", never "Entität"', () => {
      for (const { key, text } of rendered(area, 'de')) {
        expect({ key, text, du: /\b(du|dich|dir|dein\p{L}*)\b/iu.test(text) }).toEqual({ key, text, du: false });
        expect({ key, text, entitaet: /Entität/.test(text) }).toEqual({ key, text, entitaet: false });
      }
    });

    it.each(['nl', 'de'] as const)('in %s, quotes open low and close high („…” in Dutch, „…“ in German): no straight " nor French « »', (l) => {
      const [close, foreign] = l === 'nl' ? ['”', '“'] : ['“', '”'];
      for (const { key, text } of rendered(area, l)) {
        const wrong = text.match(new RegExp(`["«»${foreign}]`, 'u'))?.[0] ?? (text.split('„').length !== text.split(close).length ? 'unbalanced' : null);
        expect({ key, text, wrong }).toEqual({ key, text, wrong: null });
      }
    });

    it('in German, one word for access: "Zugang", never "Zugriff" (a portal label quoted as shown on screen aside)', () => {
      for (const { key, text } of rendered(area, 'de')) expect({ key, text, zugriff: /Zugriff/.test(text.replace(/„[^“]*“/gu, '')) }).toEqual({ key, text, zugriff: false });
    });

    it.each(LOCALES)('in %s, shows no internal word (slot, code, "idempotent", "once only")', (l) => {
      const internal = /idempoten|\bslot\b|une seule fois|only once|één keer geregistreerd|nur einmal gespeichert|nur einmal erfasst|\b(?:CO_RAE|HOSPITAL|INAMI_CARE|startDate|endDate|localEmail|someNewAction)\b/;
      for (const { key, text } of rendered(area, l)) expect({ key, text, internal: internal.test(text) }).toEqual({ key, text, internal: false });
    });
  });

  it('counts read as counts: one user, two users, in the four languages', () => {
    const one = { fr: '1 utilisateur', nl: '1 gebruiker', de: '1 Benutzer', en: '1 user' };
    const two = { fr: '2 utilisateurs', nl: '2 gebruikers', de: '2 Benutzern', en: '2 users' };
    for (const l of LOCALES) {
      const m = CATALOGS.manage[l];
      expect(m.exportReady({ fileName: 'f.csv', count: 1, nissHidden: false })).toContain(`${one[l]}:`.replace(':', l === 'fr' ? ' :' : ':'));
      expect(m.exportReady({ fileName: 'f.csv', count: 2, nissHidden: false })).toContain(two[l]);
    }
  });
});
