/**
 * The shapes of a person's name, with no import: the name readers (names.ts, asked-person.ts) import each other's
 * modules through intent.ts, and a pattern built while one of them is still loading would be built of `undefined`.
 */

export const TITLE = String.raw`(?:Dr|Dokter|Docteur|Doctor|Prof|Mme|Mlle|Mevr|Mevrouw|Madame|Mademoiselle|Monsieur|Dhr|Meneer|Frau|Herrn?|Mr|Mrs|Ms|M)`;
// "Sainte-Anne", "O'Neil": a capital may follow a hyphen or an apostrophe inside one word.
export const NAME_WORD = String.raw`(?!${TITLE}(?![\p{L}]))\p{Lu}\p{Ll}\p{Ll}*(?:[-'’]\p{L}\p{Ll}*)*`;

/**
 * A name without its English possessive: "Vandamme's", "Moens's", "James'" (and with a typographic apostrophe). Only a
 * last "'s" or "'" goes; "de", "von", "van", "z'n", "haar" are words of their own, never part of a name to strip, and an
 * apostrophe inside a word ("O'Neil", "d'Hondt") stays.
 */
export const withoutPossessive = (name: string): string => name.replace(/['’]s?$/u, '');
