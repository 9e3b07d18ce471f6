import fc from 'fast-check';
import { readCommands, type Command } from '../../../dialogs/understanding/commands';
import { refuses } from '../../../dialogs/understanding/refusals';
import { WORDS } from '../../../dialogs/understanding/vocabulary';
import { fr } from '../../../dialogs/understanding/vocabulary.fr';
import { nl } from '../../../dialogs/understanding/vocabulary.nl';
import { de } from '../../../dialogs/understanding/vocabulary.de';
import { en } from '../../../dialogs/understanding/vocabulary.en';
import { NOW, vocabulary } from './fixture';

/**
 * Trial 7, defect G: for any refusal of the vocabulary ("ne faites pas ça", "doe maar niet", "machen Sie das lieber nicht",
 * "don't", and every stop phrase), with any interjection before it, any politeness after it, in any case and punctuation,
 * at any confirmation, choice or identity question and in any chat language, the message is a stop: never a yes, never
 * a value set. The same refusal with a name or an application beside it is no stop: it says something else.
 */

/** Every confirmation, choice and identity question of the grant and people dialogs; null: nothing asked (an offer after a grant). */
const ASKED: (string | null)[] = [null, 'confirm', 'confirmPerson', 'activateQuality', 'people.confirm', 'entity', 'quality', 'applications', 'role', 'function', 'niss',
  'people.entity', 'people.quality', 'people.person', 'people.revokeWhich', 'people.bulkApplications', 'people.niss'];
const PHRASES = [...new Set([...WORDS.refusals, ...WORDS.cancelPhrases])];

/** A phrase as a manager types it: "don t" with its apostrophe, a capital maybe. */
const typed = (phrase: string, capital: boolean) => {
  const t = phrase.replace(/\b(don|can|won|let|i|we|you|doesn) (t|s|d|ll|ve)\b/g, "$1'$2");
  return capital ? t.charAt(0).toUpperCase() + t.slice(1) : t;
};
const message = fc.record({
  phrase: fc.constantFrom(...PHRASES),
  before: fc.option(fc.constantFrom(...WORDS.interjections, ...WORDS.no), { nil: undefined }),
  after: fc.option(fc.constantFrom(...WORDS.polite), { nil: undefined }),
  capital: fc.boolean(),
  mark: fc.constantFrom('', '.', '!', ' !', '…', '?'),
  comma: fc.constantFrom(', ', ' ', ' - '),
}).map(({ phrase, before, after, capital, mark, comma }) =>
  `${before ? `${typed(before, capital)}${comma}` : ''}${typed(phrase, capital && !before)}${after ? `, ${after}` : ''}${mark}`);

const confirms = (commands: Command[]) => commands.some((c) => c.type === 'set' && c.value === 'yes');
const sets = (commands: Command[]) => commands.some((c) => c.type === 'set' || c.type === 'correct' || c.type === 'startRequest' || c.type === 'choose');

describe('a refusal, hedged in any way, at any question', () => {
  it('each language writes refusals of its own', () => {
    for (const words of [fr, nl, de, en]) expect(words.refusals.length).toBeGreaterThanOrEqual(20);
  });

  it('never confirms, never sets a value: it is a stop', () => {
    fc.assert(
      fc.property(message, fc.constantFrom(...ASKED), fc.constantFrom('fr', 'nl', 'de', 'en' as const), (text, expecting, locale) => {
        const commands = readCommands(text, { vocabulary, now: NOW, expecting, locale });
        expect({ text, expecting, confirms: confirms(commands), sets: sets(commands) }).toEqual({ text, expecting, confirms: false, sets: false });
        expect({ text, expecting, commands }).toEqual({ text, expecting, commands: [{ type: 'cancel' }] });
      }),
      { numRuns: 2000 },
    );
  });

  it('said with a name or an application beside it, it is no bare refusal', () => {
    const beside = fc.constantFrom('Sarah Moens', 'eBirth', 'IRIS Sud', '85073003328', 'Colindos');
    fc.assert(fc.property(message, beside, (text, named) => expect({ text: `${text} ${named}`, refuses: refuses(`${text} ${named}`) }).toEqual({ text: `${text} ${named}`, refuses: false })), { numRuns: 300 });
  });
});
