import * as chrono from 'chrono-node';
import { LOCALES, type Locale } from '../../src/domain/locale';
import { brusselsWallClockAsLocal } from '../../src/domain/dates';
import { fold, knownPeopleIn } from './known-people';
import { withAccents } from './relative-dates';
import { GENERIC_NAME_WORDS, type Vocabulary } from './understand';
import { NAME_WORD } from './name-words';
import { refuses } from './refusals';
import { WORDS } from './vocabulary';

/**
 * A correction said inside one message (trial 9, Y3: "pls revoke colindos for kevin maes... wait no, for bram
 * claessens" revoked Kevin Maes's Colindos): what follows the marker replaces the value of its kind said before it (a
 * person the person, a date the date, an application the application, an entity the entity), and the message is then
 * read as if it had been typed corrected. When the words after the marker name no such value, or one the words before
 * do not hold, nothing is guessed: that is said (commands.ts), and nothing is started or changed. Pure.
 */

type Kind = 'person' | 'date' | 'application' | 'entity';
interface Span { start: number; end: number }

/** What the pre-pass makes of a message: the same text (no marker), the text corrected, or a correction that cannot be placed. */
export type InlineCorrection = { text: string } | { unplaced: true };

const NO_WORDS = ['no', 'non', 'nee', 'neen', 'nein'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s,]+');
const INTERJECTION = `(?:${[...WORDS.interjections].sort((a, b) => b.length - a.length).map(escape).join('|')})`;
/**
 * A marker with a no or a wait in it ("wait no", "euh non", "äh nein", "nee wacht") stands anywhere after a word; one
 * without ("I mean", "ich meine", "ik bedoel", "je veux dire") only after a punctuation mark: "what I mean is" is no correction.
 */
const saysNo = (p: string) => p.split(' ').some((w) => NO_WORDS.includes(w) || ['wait', 'wacht', 'warte', 'attends'].includes(w));
const phrases = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
const STRONG = `(?:${INTERJECTION}[\\s,]+)?(?:${phrases(WORDS.selfCorrections.filter(saysNo))})|${INTERJECTION}[\\s,]+(?:${NO_WORDS.join('|')})`;
const WEAK = `(?:${INTERJECTION}[\\s,]+)?(?:${phrases(WORDS.selfCorrections.filter((p) => !saysNo(p)))})`;
const MARKER = new RegExp(`(?<=[\\p{L}\\p{N}.…,;:!)\\s-])\\s*(?:(?<=[\\s.…,;:!-])(?:${STRONG})|(?<=[.…,;:!-]\\s*)(?:${WEAK}))(?![\\p{L}\\p{N}])`, 'u');

/** A negation in the words before the marker: "pas", "niet", "nicht", "not" (then "I meant" says the one meant instead). */
const DENIAL = /(?:^|[^\p{L}])(?:pas|niet|nicht|not)(?![\p{L}])/u;

const CHRONO: Record<Locale, chrono.Chrono> = { fr: chrono.fr.casual, nl: chrono.nl.casual, de: chrono.de.casual, en: chrono.en.GB };
/** "15.1.", "1/3", "01-04-2027": Belgian numeric dates, day first. */
const NUMERIC = /(?<![\d.\/-])\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2}))?\.?(?![\d\/-])/g;

function dateSpans(text: string, locale: Locale, now: number): Span[] {
  const numeric = [...text.matchAll(NUMERIC)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (numeric.length) return numeric;
  const ref = { instant: brusselsWallClockAsLocal(now) };
  const accented = withAccents(text);
  for (const l of [locale, ...LOCALES.filter((x) => x !== locale)]) {
    const found = CHRONO[l].parse(accented, ref, { forwardDate: true }).filter((r) => r.start.isCertain('day') || r.start.isCertain('weekday'));
    if (found.length) return found.map((r) => ({ start: r.index, end: r.index + r.text.length }));
  }
  return [];
}

/** Where a label stands in the text as words of its own, by the folded text (one character for one). */
function labelSpans(text: string, labels: readonly string[]): Span[] {
  const folded = fold(text).replace(/[-'’]/g, ' ');
  const spans: Span[] = [];
  for (const label of [...new Set(labels.map((l) => fold(l).replace(/[-'’]/g, ' ').trim()).filter((l) => l.length >= 3))].sort((a, b) => b.length - a.length)) {
    for (const m of folded.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escape(label).replace(/\[\\s,\]\+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu'))) {
      if (!spans.some((s) => m.index < s.end && s.start < m.index + m[0].length)) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const applicationLabels = (vocab: Vocabulary) => vocab.applications.flatMap((a) => [...Object.values(a.names), ...a.aliases]);
/** An entity by its whole name or two words of it that are not both generic ("sainte anne", "iris sud", not "hopital de"). */
const entityLabels = (vocab: Vocabulary) => vocab.entities.flatMap((e) => {
  const ws = fold(e.name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const pairs = ws.slice(1).map((w, i) => [ws[i]!, w]).filter((p) => !p.every((w) => GENERIC_NAME_WORDS.has(w))).map((p) => p.join(' '));
  return [e.name, ...pairs];
});

/** A known user in any case, else two capitalised words that name no application nor entity ("Els Janssens", not "Sainte-Anne Saint-Remi"). */
const CAPITALISED = new RegExp(`(?<![\\p{L}])${NAME_WORD}\\s+${NAME_WORD}(?![\\p{L}])`, 'gu');
function personSpans(text: string, vocab: Vocabulary): Span[] {
  const known = knownPeopleIn(text, vocab.people);
  if (known.length) return known;
  const others = [...labelSpans(text, applicationLabels(vocab)), ...labelSpans(text, entityLabels(vocab))];
  return [...text.matchAll(CAPITALISED)].map((m) => ({ start: m.index, end: m.index + m[0].length })).filter((s) => !others.some((o) => s.start < o.end && o.start < s.end));
}

function spansOf(kind: Kind, text: string, vocab: Vocabulary, locale: Locale, now: number): Span[] {
  switch (kind) {
    case 'person': return personSpans(text, vocab);
    case 'date': return dateSpans(text, locale, now);
    case 'application': return labelSpans(text, applicationLabels(vocab));
    case 'entity': return labelSpans(text, entityLabels(vocab));
  }
}

/** The message with a correction inside it applied, or the message as it is when it holds none. */
export function withInlineCorrection(text: string, vocab: Vocabulary, options: { locale: Locale; now: number }): InlineCorrection {
  const marker = MARKER.exec(fold(text));
  if (!marker) return { text };
  const head = text.slice(0, marker.index).replace(/[\s.…,;:!-]+$/u, '');
  const tail = text.slice(marker.index + marker[0].length);
  // "wait no, don't", "nee wacht, eerst navragen" said first: no value before it to correct; read as it always was.
  // "neither of them, actually no", "remove her, wait no, don't": nothing said after it, or a refusal: no value corrected.
  // "nee, niet Jan Peeters, ik bedoel Els Janssens": a value denied before it is read by the reader of "not X but Y".
  if (!/[\p{L}\p{N}]/u.test(head) || !/[\p{L}\p{N}]/u.test(tail) || refuses(text) || DENIAL.test(fold(head))) return { text };
  let corrected = head;
  // The words of one value are taken once, by the kind that comes first (a person's name is no place nor date).
  const taken: Span[] = [];
  for (const kind of ['person', 'date', 'application', 'entity'] as const) {
    const said = spansOf(kind, tail, vocab, options.locale, options.now).find((s) => !taken.some((t) => s.start < t.end && t.start < s.end));
    if (!said) continue;
    taken.push(said);
    const before = spansOf(kind, corrected, vocab, options.locale, options.now).at(-1);
    if (!before) return { unplaced: true };
    corrected = corrected.slice(0, before.start) + tail.slice(said.start, said.end) + corrected.slice(before.end);
  }
  return taken.length ? { text: corrected } : { unplaced: true };
}
