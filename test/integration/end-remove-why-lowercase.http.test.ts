import { dayAfter } from '../../src/domain/dates';
import { describeConversations, inLocale, JAN, JAN_HOLDS_SPECIALIST, JAN_SPECIALIST_COLLABORATOR, NEVER_A_GRANT, stepNever as s, type Conversation } from '../support/conversations';

/**
 * Trial 6, defects G, H and C, over HTTP, the store checked after each: names typed in lower case, dates without
 * accents or umlauts. The end of a function ("la fonction de jan peeters doit s'arreter …") is started with its person
 * and its date; "why has lucas mertens no access to colindos" is his diagnosis, not a hint to give a NISS; a removal
 * ("jan peeters quitte l'hopital, supprimez le de iris sud") removes him from the entity, never a grant's NISS question;
 * a change of mind typed where a NISS is asked stops, never "a national number contains only digits".
 */
const fr = inLocale('fr-BE');
const nl = inLocale('nl-BE');
const de = inLocale('de-BE');
const en = inLocale('en-GB');

const NO_DIGITS = ['chiffres', 'cijfers', 'Ziffern', 'digits'];

/** 31 March of next year: after the function's start (in 14 days) whenever the tests run. */
const NEXT_YEAR = new Date().getUTCFullYear() + 1;
const MARCH_31 = `${NEXT_YEAR}-03-31`;
const shown = { fr: `31/03/${NEXT_YEAR}`, nl: `31-03-${NEXT_YEAR}`, de: `31.03.${NEXT_YEAR}`, en: `31/03/${NEXT_YEAR}` };
const endAudit = { action: 'endFunction', outcome: 'ok' as const, niss: JAN, details: { endDate: dayAfter(MARCH_31) } };
const ended = { grants: [{ niss: JAN, application: 'COLINDOS' }], functions: [{ ...JAN_HOLDS_SPECIALIST, endDate: dayAfter(MARCH_31), status: 'pending' as const }], audit: [endAudit] };

const conversations: Conversation[] = [
  // G. The end of a function, the name in lower case, the month without its accent or umlaut.
  fr({
    name: `fr: « la fonction de jan peeters doit s'arreter le 31 mars ${NEXT_YEAR} » : sa fonction, ce jour-là, terminée dans le store`,
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      s(`la fonction de jan peeters doit s'arreter le 31 mars ${NEXT_YEAR}`, 'people.confirm', ["J'ai trouvé Jan Peeters", `dernier jour : ${shown.fr}`], ['À quelle demande', ...NEVER_A_GRANT]),
      s('oui', null, [`dernier jour : ${shown.fr}`]),
    ],
    ...ended,
  }),
  nl({
    name: `nl: „beeindig de functie van jan peeters op 31 maart ${NEXT_YEAR}”: zijn functie, die dag, beëindigd in de store`,
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      s(`beeindig de functie van jan peeters op 31 maart ${NEXT_YEAR}`, 'people.confirm', ['Jan Peeters', `laatste dag: ${shown.nl}`], ['Voor welke aanvraag', ...NEVER_A_GRANT]),
      s('ja', null, [`laatste dag: ${shown.nl}`]),
    ],
    ...ended,
  }),
  de({
    name: `de: „die funktion von jan peeters soll am 31 marz ${NEXT_YEAR} enden“: März ohne Umlaut, das Datum behalten`,
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      s(`die funktion von jan peeters soll am 31 marz ${NEXT_YEAR} enden`, 'people.confirm', ['Jan Peeters', `letzter Tag: ${shown.de}`], ['An welchem Datum', ...NEVER_A_GRANT]),
      s('ja', null, [`letzter Tag: ${shown.de}`]),
    ],
    ...ended,
  }),
  en({
    name: `en: "jan peeters's function should end on 31 march ${NEXT_YEAR}": his function, that day, ended in the store`,
    before: [JAN_SPECIALIST_COLLABORATOR],
    steps: [
      s(`jan peeters's function should end on 31 march ${NEXT_YEAR}`, 'people.confirm', ['Jan Peeters', `last day: ${shown.en}`], ['Which request', ...NEVER_A_GRANT]),
      s('yes', null, [`last day: ${shown.en}`]),
    ],
    ...ended,
  }),

  // H. Why has someone named in lower case no access: their diagnosis.
  fr({
    name: "fr: « pourquoi lucas mertens n'a pas acces a colindos ? » est son diagnostic, pas un conseil de donner un NISS",
    steps: [s("pourquoi lucas mertens n'a pas acces a colindos ?", null, ["Lucas Mertens n'a pas reçu l'accès à Colindos"], ['Demandez-moi', ...NEVER_A_GRANT])],
    grants: [],
    audit: [],
  }),
  nl({
    name: 'nl: „waarom kan lucas mertens niet in colindos?” is zijn diagnose, geen aanvraag',
    steps: [s('waarom kan lucas mertens niet in colindos?', null, ['Lucas Mertens', 'Colindos'], ['Vraag me', ...NEVER_A_GRANT])],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „warum hat lucas mertens keinen zugang zu colindos?“ ist seine Diagnose',
    steps: [s('warum hat lucas mertens keinen zugang zu colindos?', null, ['Lucas Mertens', 'Colindos'], ['Fragen Sie mich', ...NEVER_A_GRANT])],
    grants: [],
    audit: [],
  }),
  en({
    name: "en: \"why can't lucas mertens use colindos?\" is his diagnosis",
    steps: [s("why can't lucas mertens use colindos?", null, ['Lucas Mertens', 'Colindos'], ['Ask me', ...NEVER_A_GRANT])],
    grants: [],
    audit: [],
  }),

  // C. A removal from the entity, the person kept; a change of mind at the NISS question stops.
  fr({
    name: "fr: « jan peeters quitte l'hopital, supprimez le de iris sud » le retire de l'entité, audité",
    steps: [
      s("jan peeters quitte l'hopital, supprimez le de iris sud", 'people.confirm', ['Je vais retirer Jan Peeters des Hôpitaux IRIS Sud'], ['NISS de la personne', ...NEVER_A_GRANT]),
      s('oui', null, ['je retirerai Jan Peeters des Hôpitaux IRIS Sud']),
    ],
    grants: [],
    audit: [{ action: 'removeUser', outcome: 'ok', niss: JAN }],
  }),
  en({
    name: 'en: "please remove jan peeters from iris sud" removes him from the entity, audited',
    steps: [
      s('please remove jan peeters from iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], ["person's NISS", ...NEVER_A_GRANT]),
      s('yes', null, ['Jan Peeters']),
    ],
    grants: [],
    audit: [{ action: 'removeUser', outcome: 'ok', niss: JAN }],
  }),
  de({
    name: 'de: „entfernen sie jan peeters aus iris sud“ entfernt ihn aus der Einrichtung',
    steps: [
      s('entfernen sie jan peeters aus iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], ['ENSS der Person', ...NEVER_A_GRANT]),
      s('ja', null, ['Jan Peeters']),
    ],
    grants: [],
    audit: [{ action: 'removeUser', outcome: 'ok', niss: JAN }],
  }),
  nl({
    name: 'nl: „haal paul inconnu weg uit iris sud”, niemand zo genoemd: het INSZ gevraagd; „hmm nee, ik zie ervan af” stopt, niets geschreven',
    steps: [
      s('haal paul inconnu weg uit iris sud', 'people.niss', ['paul inconnu'], NEVER_A_GRANT),
      s('hmm nee, ik zie ervan af', null, [], NO_DIGITS),
    ],
    grants: [],
    audit: [],
  }),
  en({
    name: 'en: "please remove paul inconnu from iris sud", nobody so named: the NISS asked; "actually no, keep her" stops, nothing written',
    steps: [
      s('please remove paul inconnu from iris sud', 'people.niss', ['paul inconnu'], NEVER_A_GRANT),
      s('actually no, keep her', null, [], NO_DIGITS),
    ],
    grants: [],
    audit: [],
  }),
  de({
    name: 'de: „entfernen sie paul inconnu aus iris sud“, niemand so genannt; „machen Sie das doch lieber nicht“ bricht ab',
    steps: [
      s('entfernen sie paul inconnu aus iris sud', 'people.niss', ['paul inconnu'], NEVER_A_GRANT),
      s('hm, machen Sie das doch lieber nicht', null, [], NO_DIGITS),
    ],
    grants: [],
    audit: [],
  }),
];

describeConversations('trial 6 G, H, C: the end of a function, a why, a removal, names in lower case', ['fr', 'nl', 'de', 'en'], conversations, 3);
