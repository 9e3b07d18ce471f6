import { MARIE, describeConversations, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 5, defect H: a thank-you after a finished action ("merci beaucoup", "bedankt!", "danke schön", "thanks!") is
 * politeness: answered, and no request is opened (the trial got the entity question of a new grant).
 */
const EBIRTH = { niss: MARIE, application: 'EBIRTH' };
const NEW_GRANT = ['Pour quelle entité', 'Voor welke entiteit', 'Für welche Einrichtung', 'Which entity'];
const thanked = (locale: string, lang: string, give: string, yes: string, thanks: string[], welcome: string): Conversation =>
  inLocale(locale)({
    name: `${lang}: ${thanks.map((t) => `"${t}"`).join(', ')} after a grant open nothing`,
    steps: [step(give, 'confirm'), step(yes, null), ...thanks.map((text) => ({ text, slot: null, says: [welcome], never: NEW_GRANT }))],
    grants: [EBIRTH],
  });
const conversations: Conversation[] = [
  thanked('fr-BE', 'fr', 'donne eBirth à 85073003328 à IRIS Sud', 'oui', ['merci beaucoup', 'super, merci !'], 'Avec plaisir.'),
  thanked('nl-BE', 'nl', 'geef eBirth aan 85073003328 in IRIS Sud', 'ja', ['bedankt!', 'dank u wel'], 'Graag gedaan.'),
  thanked('de-BE', 'de', 'gib eBirth an 85073003328 in IRIS Sud', 'ja', ['danke schön', 'vielen Dank!'], 'Gern geschehen.'),
  thanked('en-GB', 'en', 'give eBirth to 85073003328 at IRIS Sud', 'yes', ['thanks!', 'thank you very much'], "You're welcome."),
];

describeConversations('a thank-you opens nothing', ['fr', 'nl', 'de', 'en'], conversations, 1);
