import { chooseLocale, pickedLocale } from '../../src/bot/locale-choice';
import { sideLanguage } from '../../dialogs/conversation.view';
import { readCommands } from '../../dialogs/understanding/commands';

const NO_WORDS = { entities: [], qualityKinds: [], applications: [] };
/** What the conversation machine reads of a message at a side request's question. */
const sideLanguageRequest = (text: string, slot: string) => sideLanguage(readCommands(text, { vocabulary: NO_WORDS, now: 0, expecting: slot }), text, slot);

describe('which language a reply is in', () => {
  it('the language picked in the page wins over one remembered, in the four languages', () => {
    for (const [picked, remembered] of [['nl', 'en'], ['de', 'fr'], ['fr', 'nl'], ['en', 'de']] as const) {
      expect(chooseLocale({ picked, remembered, client: 'fr-BE' })).toBe(picked);
    }
  });

  it('without a pick (Teams: the client locale is the UI language), the remembered one wins over the client locale', () => {
    expect(chooseLocale({ remembered: 'en', client: 'nl-BE' })).toBe('en');
    expect(chooseLocale({ remembered: 'de', client: 'en-US' })).toBe('de');
  });

  it('then the client locale, then the conversation, then French', () => {
    expect(chooseLocale({ client: 'de-DE', stored: () => 'nl' })).toBe('de');
    expect(chooseLocale({ client: 'es-ES' })).toBe('fr');
    expect(chooseLocale({ stored: () => 'nl' })).toBe('nl');
    expect(chooseLocale({})).toBe('fr');
  });

  it('reads the page mark, and nothing else, as a pick', () => {
    expect(pickedLocale({ locale: 'fr-BE', channelData: { sesame: { pickedLocale: 'nl-BE' } } })).toBe('nl');
    expect(pickedLocale({ channelData: { sesame: { pickedLocale: 'DE-be' } } })).toBe('de');
    // Every Web Chat and Teams activity carries a locale: by itself it is no choice.
    expect(pickedLocale({ locale: 'en-US' })).toBeUndefined();
    expect(pickedLocale({ locale: 'en-US', channelData: { clientActivityID: 'x' } })).toBeUndefined();
    expect(pickedLocale({ channelData: { sesame: { pickedLocale: 'es-ES' } } })).toBeUndefined();
    expect(pickedLocale({ channelData: { sesame: { pickedLocale: true } } })).toBeUndefined();
  });
});

describe('a language switch in the other flows', () => {
  it.each([
    ['auf Deutsch bitte', 'de'],
    ['in English please', 'en'],
    ['en néerlandais svp', 'nl'],
    ["en français s'il vous plaît", 'fr'],
    ['spreek Nederlands', 'nl'],
  ] as const)('"%s" at the entity question is a switch', (text, locale) => {
    expect(sideLanguageRequest(text, 'people.entity')).toBe(locale);
    expect(sideLanguageRequest(text, 'helpdesk.guide')).toBe(locale);
  });

  it('a single word at a name question is a name (Deutsch is a surname), a sentence is a switch', () => {
    expect(sideLanguageRequest('Deutsch', 'people.name')).toBeUndefined();
    expect(sideLanguageRequest('English', 'people.identifier')).toBeUndefined();
    expect(sideLanguageRequest('auf Deutsch bitte', 'people.name')).toBe('de');
  });

  it('an answer is not a switch', () => {
    expect(sideLanguageRequest('IRIS', 'people.entity')).toBeUndefined();
    expect(sideLanguageRequest('les 10 suivants', 'people.page')).toBeUndefined();
  });
});
