import { readCommands } from '../../../dialogs/understanding/commands';
import type { Locale } from '../../../src/domain/locale';
import type { Row } from './commands.table.helpers';
import { de } from './commands.table.de';
import { en } from './commands.table.en';
import { fr } from './commands.table.fr';
import { nl } from './commands.table.nl';
import { NOW, vocabulary } from './fixture';

/**
 * The one reading of a message (dialogs/understanding/commands.ts), table by table: each utterance
 * yields exactly these commands, in this order, in the chat's language, with the slot asked.
 */
const TABLES: [Locale, Row[]][] = [['fr', fr], ['nl', nl], ['de', de], ['en', en]];

describe.each(TABLES.map(([locale, rows]) => [`${locale}: ${rows.length} utterances`, locale, rows] as const))('readCommands, %s', (_name, locale, rows) => {
  it.each(rows)('"%s" (expecting %s)', (text, expecting, commands) => {
    expect(readCommands(text, { vocabulary, now: NOW, expecting, locale })).toEqual(commands);
  });
});

describe('readCommands tables', () => {
  it.each(TABLES)('%s holds at least 100 utterances, each once with its slot', (_locale, rows) => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map(([text, expecting]) => `${text}|${expecting}`)).size).toBe(rows.length);
  });

  it('a reversed range is read the same way whatever the chat language: its end refused, never dropped', () => {
    const reversed = TABLES.flatMap(([, rows]) => rows.filter(([, , c]) => c.some((x) => x.type === 'unknown' && x.slot === 'endDate' && x.problem === 'notAfterStart')));
    expect(reversed.length).toBeGreaterThanOrEqual(15);
    for (const [text, expecting, commands] of reversed) {
      for (const locale of ['fr', 'nl', 'de', 'en'] as const) expect({ text, locale, read: readCommands(text, { vocabulary, now: NOW, expecting, locale }) }).toEqual({ text, locale, read: commands });
    }
  });

  it('a message is read the same way whatever the chat language, for words of one language', () => {
    for (const [, rows] of TABLES) {
      for (const [text, expecting, commands] of rows.filter(([, , c]) => c.some((x) => x.type === 'cancel'))) {
        for (const locale of ['fr', 'nl', 'de', 'en'] as const) expect(readCommands(text, { vocabulary, now: NOW, expecting, locale })).toEqual(commands);
      }
    }
  });
});
