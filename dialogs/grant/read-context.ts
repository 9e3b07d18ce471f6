import type { ReadContext } from '../understanding/commands';
import type { Vocabulary } from '../understanding/understand';
import { vocabularyOf } from './absorb';
import type { GrantContext } from './grant-access.types';

type Reading = Pick<GrantContext, 'expecting' | 'now' | 'locale' | 'turnLocale' | 'startDate' | 'entities' | 'catalog'>;

/**
 * What a message to the grant dialog is read with (readCommands): the slot it asks, the clock, the
 * language, the start date already known, and its vocabulary. One function for the conversation's
 * reader (src/bot/conversation-actors.ts) and the tests, so that both read a message the same way.
 * `vocabulary`: before the dialog has loaded its own (its first message), the same one from the store.
 */
export function readContextOf(c: Reading, vocabulary: Vocabulary = vocabularyOf(c)): ReadContext {
  return { vocabulary, expecting: c.expecting, now: c.now, locale: c.locale ?? c.turnLocale, startDate: c.startDate };
}

/** Whether the dialog has loaded what it reads with (it loads it on its first message). */
export const hasVocabulary = (c: Pick<GrantContext, 'catalog' | 'entities'>): boolean => c.entities.length > 0 && c.catalog.applications.length > 0;
