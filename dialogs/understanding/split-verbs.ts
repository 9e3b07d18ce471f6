/**
 * Verbs of taking away said in two parts around what is taken ("take HospiSup away from", "haal HospiSup af bij",
 * "nimm ihm HospiSup weg", "pull eBirth off"): the two parts put together ("take away HospiSup from"), so that every
 * reader finds the verb as the vocabulary writes it (revokeVerbs) and the sentence is never read as a grant.
 * Only words are moved: the names stay as typed.
 */
const SPLIT: readonly RegExp[] = [
  /\b(take|taking)\s+((?:(?!\baway\b|\boff\b)[^.?!]){1,60}?)\s+(away|off)\b/giu,
  /\b(pull|cut)\s+((?:(?!\boff\b)[^.?!]){1,60}?)\s+(off)\b/giu,
  /\b(haal|haalt|haal je|haalt u)\s+((?:(?!\baf\b|\bweg\b)[^.?!]){1,60}?)\s+(af|weg)\b/giu,
  // "trage Peter Vandamme aus IRIS Sud aus", "schrijf Sarah Moens uit bij Sainte-Anne": leaving the entity (WORDS.leaves).
  // The last "aus" is the verb's: the one before is the entity's ("aus IRIS Sud aus").
  /\b(trage|tragen sie|tragt)\s+([^.?!]{1,60})\s+(aus)\b(?![^.?!]*\baus\b)/giu,
  /\b(schrijf|schrijft|schrijf je|schrijft u)\s+((?:(?!\buit\b)[^.?!]){1,60}?)\s+(uit)\b/giu,
  /\b(nimm|nehmen sie|nehmt|nehmen wir)\s+((?:(?!\bweg\b|\bab\b)[^.?!]){1,60}?)\s+(weg|ab)\b/giu,
];

export function withSplitVerbsJoined(text: string): string {
  return SPLIT.reduce((t, re) => t.replace(re, (_m, verb: string, between: string, particle: string) => `${verb} ${particle} ${between}`), text);
}
