import { viewOf, type GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { Catalog, Notice } from '../../src/i18n/grant.catalog';
import { fr } from '../../src/i18n/grant.fr';
import { nl } from '../../src/i18n/grant.nl';
import { de } from '../../src/i18n/grant.de';
import { en } from '../../src/i18n/grant.en';
import type { Locale } from '../../src/domain/locale';
import { JAN_NISS, walk } from './support/grant-world';

/**
 * Trial 7, defect I: a date is acknowledged only when it is used. A date for an application that
 * needs none is answered once, with why; a past date is called past, by its day. The world's
 * today is Monday 2026-11-23.
 */
const CATALOGS: Record<Locale, Catalog> = { fr, nl, de, en };
const render = (l: Locale, n: Notice) => (CATALOGS[l][n.key] as (p?: unknown) => string)('params' in n ? n.params : undefined);
const said = (l: Locale, s: GrantSnapshot) => {
  const v = viewOf(s, false);
  return [...v.notices, ...(v.prompt ? [v.prompt.message] : [])].map((n) => render(l, n)).join('\n\n');
};
const TAKEN: Record<Locale, RegExp> = { fr: /Entendu|Noté/, nl: /Begrepen|Genoteerd/, de: /Verstanden|Notiert/, en: /Understood|Noted/ };

const NEEDS_NONE: Record<Locale, string> = {
  fr: 'HospiSup n\'a pas de date de début : l\'accès commence à la confirmation.',
  nl: 'HospiSup heeft geen begindatum: de toegang begint bij de bevestiging.',
  de: 'HospiSup hat kein Anfangsdatum: Der Zugang beginnt mit der Bestätigung.',
  en: 'HospiSup has no start date: access starts on confirmation.',
};

describe('a date typed at the summary of a request that uses none is not taken, and said so once', () => {
  const AT_SUMMARY: [Locale, string][] = [
    ['fr', 'bon alors demain'], ['fr', 'à partir du 1er décembre plutôt'], ['fr', "jusqu'au 31 mars"],
    ['nl', 'nou, vanaf morgen dan'], ['nl', 'pas vanaf 1 december'], ['nl', 'tot eind maart'],
    ['de', 'na gut, ab morgen'], ['de', 'erst ab dem 1. Dezember'], ['de', 'bis Ende März'],
    ['en', 'ok then, from tomorrow'], ['en', 'starting 1 December instead'], ['en', 'until the end of March'],
  ];
  test.each(AT_SUMMARY)('%s: "%s"', async (l, text) => {
    const { say } = await walk({}, [[`HospiSup ${JAN_NISS} IRIS hôpital`, 'confirm']]);
    const last = await say(text);
    expect(last.context).toMatchObject({ expecting: 'confirm', startDate: null, endDate: null });
    const reply = said(l, last);
    expect(reply).toContain(NEEDS_NONE[l]);
    expect(reply).not.toMatch(TAKEN[l]);
    // Said once: not again in the summary's lines.
    expect(reply.split(NEEDS_NONE[l])).toHaveLength(2);
  });
});

describe('a past date is called past, by its day, wherever it is refused', () => {
  const NONE_NEEDED: [Locale, string, string][] = [
    ['fr', `donne HospiSup à ${JAN_NISS} pour IRIS, qualité hôpital, à partir du 3 novembre`,
      'Le 03/11/2026 est déjà passé, et de toute façon HospiSup n\'a pas de date de début : l\'accès commence à la confirmation.'],
    ['nl', `geef HospiSup aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, vanaf 3 november`,
      '03-11-2026 is al voorbij, en HospiSup heeft sowieso geen begindatum: de toegang begint bij de bevestiging.'],
    ['de', `gib HospiSup an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, ab dem 3. November`,
      'Der 03.11.2026 liegt bereits in der Vergangenheit, und HospiSup hat ohnehin kein Anfangsdatum: Der Zugang beginnt mit der Bestätigung.'],
    ['en', `give HospiSup to ${JAN_NISS} at IRIS, capacity hospital, from November 3rd`,
      '03/11/2026 is already past, and HospiSup has no start date anyway: access starts on confirmation.'],
  ];
  test.each(NONE_NEEDED)('%s: for an application that needs no date', async (l, text, says) => {
    const { last } = await walk({}, [[text, 'confirm']]);
    expect(said(l, last)).toContain(says);
    expect(said(l, last)).not.toMatch(TAKEN[l]);
  });

  const START: [Locale, string, string][] = [
    ['fr', `donne Colindos à ${JAN_NISS} pour IRIS, qualité hôpital, collaboratrice d'un médecin, à partir du 2 novembre`,
      'Le 02/11/2026 est déjà passé : une fonction commence au plus tôt aujourd\'hui.'],
    ['fr', `Colindos pour ${JAN_NISS} à IRIS, hôpital, il assiste un médecin spécialiste depuis le 12-11-2026`,
      'Le 12/11/2026 est déjà passé : une fonction commence au plus tôt aujourd\'hui.'],
    ['nl', `geef Colindos aan ${JAN_NISS} in IRIS, hoedanigheid ziekenhuis, medewerker van een arts, vanaf 2 november`,
      '02-11-2026 is al voorbij: een functie begint ten vroegste vandaag.'],
    ['de', `gib Colindos an ${JAN_NISS} für IRIS, Eigenschaft Krankenhaus, Assistentin eines Arztes, ab dem 2. November`,
      'Der 02.11.2026 liegt bereits in der Vergangenheit: Eine Funktion beginnt frühestens heute.'],
    ['en', `give Colindos to ${JAN_NISS} at IRIS, capacity hospital, works for a doctor, from 2 November`,
      '02/11/2026 is already past: a function starts today at the earliest.'],
  ];
  test.each(START)('%s: a function\'s start, then asked again', async (l, text, says) => {
    const { last } = await walk({}, [[text, 'startDate']]);
    expect(said(l, last)).toContain(says);
    expect(last.context.startDate).toBeNull();
  });
});
