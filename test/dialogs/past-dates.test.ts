import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { understand, type Vocabulary } from '../../dialogs/understanding/understand';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import type { Locale } from '../../src/domain/locale';
import { projectRoot } from '../../src/paths';

// Tuesday 2026-12-01, 10:00 in Brussels.
const NOW = Date.UTC(2026, 11, 1, 9, 0, 0);

const catalog = JSON.parse(readFileSync(join(projectRoot, 'data', 'catalog.json'), 'utf8')) as {
  qualityKinds: Vocabulary['qualityKinds'];
  applications: { code: string; names: Vocabulary['applications'][number]['names']; aliases?: string[] }[];
};
const vocab: Vocabulary = {
  entities: [{ id: 1, name: 'Hôpitaux IRIS Sud', inami: '710087-50' }],
  qualityKinds: catalog.qualityKinds,
  applications: catalog.applications.map((a) => ({ code: a.code, names: a.names, aliases: a.aliases ?? [] })),
};
const read = (text: string, locale: Locale, expecting: Slot | null = 'startDate') => understand(text, vocab, { expecting, locale, now: NOW });

/** Said in the past tense or with since/depuis/sinds/seit: refused as past, never moved a year or a week ahead. */
const PAST: Record<Locale, string[]> = {
  fr: [
    'depuis le 5 janvier', 'depuis lundi', 'depuis le 15 novembre', 'elle travaille chez nous depuis le 3 mars', 'depuis le 05/01',
    'il a commencé le 5 janvier', 'elle a commencé lundi', 'lundi dernier', 'il est arrivé le 2 février', 'depuis vendredi',
    'elle a débuté le 20 octobre', 'depuis mercredi passé',
  ],
  nl: [
    'sinds 5 januari', 'sinds maandag', 'sinds 15 november', 'ze werkt hier sinds 3 maart', 'sedert 2 februari',
    'hij is begonnen op 5 januari', 'ze is op maandag begonnen', 'vorige maandag', 'sinds vrijdag', 'hij is gestart op 20 oktober',
    'ze begon op 5 januari', 'afgelopen woensdag',
  ],
  de: [
    'seit dem 5. Januar', 'seit Montag', 'seit dem 15. November', 'sie arbeitet hier seit dem 3. März', 'seit 2. Februar',
    'er hat am 5. Januar angefangen', 'sie hat am Montag begonnen', 'letzten Montag', 'seit Freitag', 'er begann am 20. Oktober',
    'sie ist am 5. Januar gestartet', 'vergangenen Mittwoch',
  ],
  en: [
    'since 5 January', 'since Monday', 'since 15 November', 'she has worked here since 3 March', 'since the 2nd of February',
    'he started on 5 January', 'she started on Monday', 'last Monday', 'since Friday', 'he began on 20 October',
    'she joined on 5 January', 'has started since Wednesday',
  ],
};

describe.each(Object.keys(PAST) as Locale[])('%s: a date said as past, on Tuesday 1 December 2026 in Brussels', (locale) => {
  it.each(PAST[locale])('%j is refused as past, asked again', (text) => {
    const u = read(text, locale);
    expect(u.startDate).toBeUndefined();
    // The day read is kept with the refusal, before today: it is said back ("Le 05/01/2026 est déjà passé").
    expect(u.dateError).toEqual({ problem: 'past', which: 'startDate', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(u.dateError!.date! < '2026-12-01').toBe(true);
  });

  it('said in a whole request too', () => {
    const sentence = {
      fr: 'donne Colindos à 85073003328, elle est collaboratrice du Dr Peeters depuis le 5 janvier',
      nl: 'geef Colindos aan 85073003328, ze is medewerkster van een arts sinds 5 januari',
      de: 'gib Colindos an 85073003328, sie ist Assistentin eines Arztes seit dem 5. Januar',
      en: 'give Colindos to 85073003328, assistant to a doctor since 5 January',
    }[locale];
    const u = read(sentence, locale, null);
    expect(u.niss).toBe('85073003328');
    expect(u.startDate).toBeUndefined();
    expect(u.dateError).toEqual({ problem: 'past', which: 'startDate', date: '2026-01-05' });
  });
});

describe('the same dates said forward stay ahead', () => {
  it.each<[string, Locale, string]>([
    ['à partir du 5 janvier', 'fr', '2027-01-05'],
    ['dès lundi', 'fr', '2026-12-07'],
    ['vanaf 5 januari', 'nl', '2027-01-05'],
    ['vanaf maandag', 'nl', '2026-12-07'],
    ['ab dem 5. Januar', 'de', '2027-01-05'],
    ['ab Montag', 'de', '2026-12-07'],
    ['from 5 January', 'en', '2027-01-05'],
    ['from Monday', 'en', '2026-12-07'],
    ['le 15 décembre', 'fr', '2026-12-15'],
    // "since" as "because", a past word elsewhere in the sentence: the date is still ahead.
    ['since she starts on Monday, from Monday', 'en', '2026-12-07'],
    ['elle commence lundi', 'fr', '2026-12-07'],
    ['the last thing: from 5 January', 'en', '2027-01-05'],
    ['sie fängt am 5. Januar an', 'de', '2027-01-05'],
    ['ze begint op 5 januari', 'nl', '2027-01-05'],
  ])('%j (%s) → %s', (text, locale, iso) => {
    expect(read(text, locale)).toMatchObject({ startDate: iso });
  });
});
