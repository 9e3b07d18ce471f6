import { startGrant, promptOf, AN_NISS, JAN_NISS, MARIE_NISS, IRIS, HOSPITAL, type Step } from './support/grant-world';
import { slotOf } from '../../dialogs/grant/grant-access.view';
import { say } from '../../src/i18n/say';
import type { Locale } from '../../src/domain/locale';
import type { Notice } from '../../src/i18n/grant.catalog';
import { startPeople, MARIE_NISS as PEOPLE_MARIE } from './support/people-world';
import type { Said } from '../../dialogs/view';

/**
 * Every change the manager makes at a confirmation or at "is this the right person?" is said before the question is
 * asked again, in the manager's language (trial 5: "ah non, seulement eBirth finalement" gave only the question again,
 * "Moment, nicht HospiSup, sondern Hospiliss" was applied without a word).
 */
const WORLD = { entities: [IRIS], qualities: [HOSPITAL] };
const text = (n: Notice, locale: Locale) => say('grant', n, locale);

type Row = [locale: Locale, steps: Step[], said: RegExp];

const ROWS: Row[] = [
  // At the person check.
  ['fr', [[`donne Colindos et eBirth à ${MARIE_NISS} à IRIS`, 'confirmPerson'], ['ah non, seulement eBirth finalement', 'confirmPerson']], /^Entendu : la demande porte maintenant sur eBirth\.$/],
  ['nl', [[`geef Colindos en eBirth aan ${MARIE_NISS} in IRIS`, 'confirmPerson'], ['nee, alleen eBirth', 'confirmPerson']], /^Begrepen: de aanvraag gaat nu over eBirth\.$/],
  ['de', [[`gib Colindos und eBirth an ${MARIE_NISS} bei IRIS`, 'confirmPerson'], ['nein, nur eBirth', 'confirmPerson']], /^Verstanden: Der Antrag betrifft jetzt eBirth\.$/],
  ['en', [[`give Colindos and eBirth to ${MARIE_NISS} at IRIS`, 'confirmPerson'], ['no, only eBirth', 'confirmPerson']], /^Understood: the request is now for eBirth\.$/],
  // At the summary: one application instead of another, said as such.
  ['de', [[`gib eBirth an ${MARIE_NISS} bei IRIS`, 'confirm'], ['Moment, nicht eBirth, sondern Chapter IV', 'confirm']], /^Chapter IV Agreement Requesting System ersetzt eBirth im Antrag\.$/],
  ['fr', [[`donne eBirth à ${MARIE_NISS} à IRIS`, 'confirm'], ['attends, pas eBirth mais Chapter IV', 'confirm']], /^Chapter IV Agreement Requesting System remplace eBirth dans la demande\.$/],
  // At the summary: one added.
  ['nl', [[`geef eBirth aan ${MARIE_NISS} in IRIS`, 'confirm'], ['nee, ook Chapter IV', 'confirm']], /^Begrepen: de aanvraag gaat nu over eBirth en Chapter IV Agreement Requesting System\.$/],
  ['en', [[`give eBirth to ${MARIE_NISS} at IRIS`, 'confirm'], ['actually make it eBirth and Chapter IV', 'confirm']], /^Understood: the request is now for eBirth and Chapter IV Agreement Requesting System\.$/],
  // A date changed at the summary: the one not said back otherwise is said.
  ['en', [[`give Colindos to ${MARIE_NISS} at IRIS, she works for a pharmacist, from 1 December`, 'confirm'], ['from 3 December until 31 March', 'confirm']], /^Understood: from 03\/12\/2026\.$/],
  ['fr', [[`donne Colindos à ${MARIE_NISS} à IRIS, elle travaille pour un pharmacien, à partir du 1er décembre`, 'confirm'], ['non, à partir du 3 décembre', 'confirm']], /^Entendu : à partir du 03\/12\/2026\.$/],
  ['de', [[`gib Colindos an ${MARIE_NISS} bei IRIS, sie arbeitet für einen Apotheker, ab 1. Dezember`, 'confirm'], ['nein, ab dem 3. Dezember', 'confirm']], /^Verstanden: Ab dem 03\.12\.2026\.$/],
  ['nl', [[`geef Colindos aan ${MARIE_NISS} in IRIS, ze werkt voor een apotheker, vanaf 1 december`, 'confirm'], ['nee, vanaf 3 december', 'confirm']], /^Begrepen: vanaf 03-12-2026\.$/],
];

describe('a change at a confirmation or a person check is said', () => {
  it.each(ROWS)('%s: %j', async (locale, steps, said) => {
    const g = startGrant(WORLD);
    let last;
    for (const [user, expecting] of steps) {
      last = await g.say(user);
      expect({ user, expecting: slotOf(last) }).toEqual({ user, expecting });
    }
    const texts = last!.context.notices.map((n) => text(n, locale));
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(said)]));
    // The question is asked again after it, and nothing was granted.
    expect(promptOf(last!)).not.toBeNull();
    expect(g.executed).toHaveLength(0);
  });

  it('a plain yes says no change', async () => {
    const g = startGrant(WORLD);
    await g.say(`donne eBirth à ${MARIE_NISS} à IRIS`);
    const s = await g.say('oui');
    expect(s.context.notices.map((n) => n.key)).not.toContain('changeTaken');
  });
});

const keyOf = (n: Said): string => ('key' in n ? n.key : 'chat' in n ? n.chat.key : 'people' in n ? n.people.key : 'literal');

describe('a change at a people confirmation is said', () => {
  it('a revocation with one more application: what is revoked now is said', async () => {
    const p = startPeople({ kind: 'revoke', niss: PEOPLE_MARIE, applications: ['HOSPISUP'] });
    await p.say('retire HospiSup à 85073003328');
    const s = await p.say('et Colindos aussi', [{ type: 'set', slot: 'applications.add', value: ['COLINDOS'] }]);
    const n = s.context.notices.find((x) => keyOf(x) === 'changeTaken') as Notice;
    expect(text(n, 'fr')).toBe('Entendu : je retirerai HospiSup et Colindos.');
    expect(text(n, 'de')).toBe('Verstanden: Ich entziehe HospiSup und Colindos.');
    expect(p.executed()).toHaveLength(0);
  });
});

describe('a no at a choice between people of one name', () => {
  it.each<[Locale, string, string]>([
    ['de', 'nein', 'Also keiner von ihnen: Geben Sie mir die ENSS der gemeinten Person, oder sagen Sie „abbrechen“.'],
    ['fr', 'non', "Aucun d'eux, donc : donnez-moi le NISS de la personne que vous voulez dire, ou dites « annuler »."],
    ['nl', 'nee', 'Geen van hen dus: geef me het INSZ van de persoon die u bedoelt, of zeg „annuleren”.'],
    ['en', 'no', 'None of them, then: give me the NISS of the person you mean, or say "cancel".'],
  ])('%s: "%s" is none of them: the NISS is asked, never "a NISS holds only digits"', async (locale, no, said) => {
    const g = startGrant({ ...WORLD, named: { Peeters: [JAN_NISS, AN_NISS] } });
    const asked = await g.say('donne eBirth à Peeters à IRIS');
    expect(promptOf(asked)?.key).toBe('personsNamed');
    const s = await g.say(no);
    expect(s.context.notices.map((n) => text(n, locale))).toContain(said);
    expect(s.context.notices.map((n) => n.key)).not.toContain('nissInvalid');
    expect(slotOf(s)).toBe('niss');
    expect(s.context.niss).toBeNull();
    // The NISS given then is taken.
    const next = await g.say(JAN_NISS);
    expect(next.context.niss).toBe(JAN_NISS);
  });
});

describe('a no at a choice question', () => {
  it.each<[Locale, string, string, string]>([
    ['de', 'gib eBirth an 85073003328', 'nein', 'Keine davon? Wählen Sie aus der Liste, oder sagen Sie „abbrechen“, um den Antrag zu beenden.'],
    ['fr', 'donne eBirth à 85073003328', 'non', 'Aucun choix ne convient ? Choisissez dans la liste, ou dites « annuler » pour arrêter la demande.'],
    ['nl', 'geef eBirth aan 85073003328', 'nee', 'Geen van deze? Kies er een uit de lijst, of zeg „annuleren” om de aanvraag te stoppen.'],
    ['en', 'give eBirth to 85073003328', 'no', 'None of these? Choose from the list, or say "cancel" to stop the request.'],
  ])('%s: "%s", then "%s" at the entity question: asked again with the way out', async (locale, first, no, said) => {
    const g = startGrant({ qualities: [HOSPITAL] });
    expect(slotOf(await g.say(first))).toBe('entity');
    const s = await g.say(no);
    expect(slotOf(s)).toBe('entity');
    expect(s.context.notices.map((n) => text(n, locale))).toEqual([said]);
    // "cancel" then stops it.
    expect(slotOf(await g.say({ fr: 'annuler', nl: 'annuleren', de: 'abbrechen', en: 'cancel' }[locale]))).toBeNull();
    expect(g.executed).toHaveLength(0);
  });
});
