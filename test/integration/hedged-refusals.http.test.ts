import { describeConversations, inLocale, NEVER_A_GRANT, stepNever as s, type Conversation } from '../support/conversations';

/**
 * Trial 7, defect G, over HTTP, the store checked after each: a removal from the entity, asked in plain or everyday words
 * ("hat gekündigt, bitte aus iris sud austragen", "is leaving us, take him off iris sud"), is shown as a removal; a hedged
 * refusal at its confirmation ("hm, machen Sie das doch lieber nicht", "wait no, don't") stops it: the cancel said, never
 * "I did not understand", no audit row, no grant, and Jan is still listed among the users of IRIS Sud.
 */
const fr = inLocale('fr-BE');
const nl = inLocale('nl-BE');
const de = inLocale('de-BE');
const en = inLocale('en-GB');

const NOT_UNDERSTOOD = ["Je n'ai pas compris", 'niet begrepen', 'nicht verstanden', 'did not understand', 'nicht erkannt', 'niet herkend'];
/** Nothing was written: no audit row, no grant; the list shows Jan still a user of IRIS Sud. */
const unchanged = { grants: [], audit: [] };

const conversations: Conversation[] = [
  de({
    name: 'de: „entfernen Sie jan peeters aus iris sud“, dann „hm, machen Sie das doch lieber nicht“: abgebrochen, nichts geschrieben',
    steps: [
      s('entfernen Sie jan peeters aus iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], NEVER_A_GRANT),
      s('hm, machen Sie das doch lieber nicht', null, ['Abgebrochen: Es wurde nichts geändert.'], NOT_UNDERSTOOD),
      s('zeige die Benutzer von IRIS Sud', null, ['Jan Peeters']),
    ],
    ...unchanged,
  }),
  de({
    name: 'de: „jan peeters hat gekündigt, bitte aus iris sud austragen“ ist eine Entfernung; „nein, doch noch nicht“ bricht ab',
    steps: [
      s('jan peeters hat gekündigt, bitte aus iris sud austragen', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], NEVER_A_GRANT),
      s('nein, doch noch nicht', null, ['Abgebrochen: Es wurde nichts geändert.'], NOT_UNDERSTOOD),
      s('zeige die Benutzer von IRIS Sud', null, ['Jan Peeters']),
    ],
    ...unchanged,
  }),
  en({
    name: 'en: "please remove jan peeters from iris sud", then "wait no, don\'t": cancelled, nothing written',
    steps: [
      s('please remove jan peeters from iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], NEVER_A_GRANT),
      s("wait no, don't", null, ['Cancelled: nothing was changed.'], NOT_UNDERSTOOD),
      s('list the users of IRIS Sud', null, ['Jan Peeters']),
    ],
    ...unchanged,
  }),
  en({
    name: 'en: "jan peeters is leaving us, take him off iris sud" is a removal; "actually, better not" cancels it',
    steps: [
      s('jan peeters is leaving us, take him off iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], NEVER_A_GRANT),
      s('actually, better not', null, ['Cancelled: nothing was changed.'], NOT_UNDERSTOOD),
      s('list the users of IRIS Sud', null, ['Jan Peeters']),
    ],
    ...unchanged,
  }),
  fr({
    name: 'fr: « jan peeters ne travaille plus chez nous, désinscrivez-le de iris sud », puis « non attendez, ne faites pas ça » : annulé',
    steps: [
      s('jan peeters ne travaille plus chez nous, désinscrivez-le de iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], NEVER_A_GRANT),
      s('non attendez, ne faites pas ça', null, ["C'est annulé : rien n'a été modifié."], NOT_UNDERSTOOD),
    ],
    ...unchanged,
  }),
  nl({
    name: 'nl: „jan peeters gaat bij ons weg, schrijf hem uit bij iris sud”, dan „wacht, doe maar niet”: geannuleerd',
    steps: [
      s('jan peeters gaat bij ons weg, schrijf hem uit bij iris sud', 'people.confirm', ['Jan Peeters', 'IRIS Sud'], NEVER_A_GRANT),
      s('wacht, doe maar niet', null, ['Geannuleerd: er is niets gewijzigd.'], NOT_UNDERSTOOD),
    ],
    ...unchanged,
  }),
  // Leaving, with an application named and no verb taking it: which of the two is meant is asked, nothing done.
  en({
    name: 'en: "jan peeters is leaving us, he has TCT": asked whether he is removed from the entity or only loses TCT, nothing written',
    steps: [s('jan peeters is leaving us, he has TCT', null, ['Should I remove Jan Peeters from the entity', 'or only take away', 'Nothing is done until you say so.'], NEVER_A_GRANT)],
    ...unchanged,
  }),
  de({
    name: 'de: „jan peeters hat gekündigt, er hat eBirth“: gefragt, ob er aus der Einrichtung entfernt wird oder nur eBirth verliert',
    steps: [s('jan peeters hat gekündigt, er hat eBirth', null, ['Soll ich Jan Peeters aus der Einrichtung entfernen', 'oder nur eBirth entziehen?'], NEVER_A_GRANT)],
    ...unchanged,
  }),
];

describeConversations('trial 7 G: removals in everyday words, hedged refusals at their confirmation', ['de', 'en'], conversations, 2);
