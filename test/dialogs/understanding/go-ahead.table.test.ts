import { readCommands } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import { set } from './commands.table.helpers';
import { NOW, vocabulary } from './fixture';

/** Trial 8, defect D: a yes in other words ("doe maar", "vas-y", "mach das", "go ahead"), with change-of-mind words around it. */
describe('a go-ahead is a yes, asked or not', () => {
  it.each<[string, Locale, string | null]>([
    ['of ja toch wel, doe maar', 'nl', null], ['doe maar', 'nl', 'confirm'], ['ja toch, ga je gang', 'nl', null], ['nou, doe het maar', 'nl', 'confirm'],
    ['finalement si, vas-y', 'fr', null], ['bon alors fais-le', 'fr', 'confirm'], ['oui allez-y', 'fr', null], ['vas-y stp', 'fr', 'confirm'],
    ['doch, mach das', 'de', null], ['na gut, machen Sie das', 'de', 'confirm'], ['ja, nur zu', 'de', null], ['also gut, mach es', 'de', 'confirm'],
    ['actually yes, go ahead', 'en', null], ['oh well, do it', 'en', 'confirm'], ['go for it', 'en', null], ['yes please go ahead', 'en', 'confirm'],
  ])('"%s" (%s, at %s) is a yes', (text, locale, expecting) => {
    expect(readCommands(text, { vocabulary, now: NOW, expecting, locale })).toEqual([set('confirm', 'yes')]);
  });
  it.each<[string, Locale]>([['doe maar eBirth voor Jan Peeters', 'nl'], ['vas-y, donne eBirth à Jan Peeters', 'fr'], ['go ahead and give eBirth to Jan Peeters', 'en']])(
    '"%s" (%s) is a request, not a bare yes', (text, locale) => {
      expect(readCommands(text, { vocabulary, now: NOW, expecting: null, locale })).not.toEqual([set('confirm', 'yes')]);
    });
});
