import type { Locale } from '../domain/locale';

const UNITS: Record<Locale, { s: [string, string]; m: [string, string]; h: [string, string] }> = {
  fr: { s: ['seconde', 'secondes'], m: ['minute', 'minutes'], h: ['heure', 'heures'] },
  nl: { s: ['seconde', 'seconden'], m: ['minuut', 'minuten'], h: ['uur', 'uur'] },
  de: { s: ['Sekunde', 'Sekunden'], m: ['Minute', 'Minuten'], h: ['Stunde', 'Stunden'] },
  en: { s: ['second', 'seconds'], m: ['minute', 'minutes'], h: ['hour', 'hours'] },
};

/** "20 minutes", "1 uur", "30 Sekunden": the activation delay as people say it. */
export function formatDelay(ms: number, locale: Locale): string {
  const u = UNITS[locale];
  const [n, unit] =
    ms % 3_600_000 === 0 && ms >= 3_600_000 ? [ms / 3_600_000, u.h] : ms >= 60_000 ? [Math.round(ms / 60_000), u.m] : [Math.max(1, Math.round(ms / 1000)), u.s];
  return `${n} ${n === 1 ? unit[0] : unit[1]}`;
}

const CONJUNCTIONS: Record<Locale, { and: string; or: string }> = {
  fr: { and: 'et', or: 'ou' },
  nl: { and: 'en', or: 'of' },
  de: { and: 'und', or: 'oder' },
  en: { and: 'and', or: 'or' },
};

/** "A", "A et B", "A, B et C" (or "A, B ou C"). */
export function joinList(items: string[], locale: Locale, conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[locale][conjunction]} ${items[items.length - 1]}`;
}

export const bullet = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');

/** A confirmed request where everything was already held (or already recorded): no activation will follow, so none is promised. */
export function changesNothing(replayed: boolean, grants: { alreadyHeld: boolean }[], fn: { alreadyHeld: boolean } | null): boolean {
  return replayed || (grants.every((g) => g.alreadyHeld) && (fn === null || fn.alreadyHeld));
}

const NUMBER_TAG: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
/** "5 210" (fr), "5.210" (nl, de), "5,210" (en). */
export const formatNumber = (value: number, locale: Locale) => new Intl.NumberFormat(NUMBER_TAG[locale]).format(value);

const QUOTES: Record<Locale, [string, string]> = { fr: ['« ', ' »'], nl: ['„', '”'], de: ['„', '“'], en: ['“', '”'] };
/** A name as typed, in the quotation marks of the language: « x », „x” (nl), „x“ (de), “x”. */
export const quote = (text: string, locale: Locale) => `${QUOTES[locale][0]}${text}${QUOTES[locale][1]}`;

/** Quoted names, then "k other file(s)" for those beyond them, joined with "and". */
export const quotedList = (names: string[], more: number, locale: Locale, others: (k: number) => string) =>
  joinList([...names.map((name) => quote(name, locale)), ...(more > 0 ? [others(more)] : [])], locale);

/** Someone who can have a person registered, with their role as each language names it. */
export const contactLines = <R extends string>(contacts: { name: string; role: R; entity: string }[], more: number, role: Record<R, string>, andMore: string) =>
  bullet([...contacts.map((c) => `${c.name} (${role[c.role]}, ${c.entity})`), ...(more > 0 ? [andMore] : [])]);

const PLURAL_RULES = Object.fromEntries(Object.entries(NUMBER_TAG).map(([l, tag]) => [l, new Intl.PluralRules(tag)])) as Record<Locale, Intl.PluralRules>;
/** "1 utilisateur", "2 utilisateurs", "0 utilisateur" (French counts 0 as one): a count with its word, never "utilisateur(s)". */
export const countOf = (n: number, locale: Locale, one: string, other: string) =>
  `${formatNumber(n, locale)} ${PLURAL_RULES[locale].select(n) === 'one' ? one : other}`;
/** The word alone, for a label before a list: "Application :" for one, "Applications :" for several. */
export const word = (n: number, locale: Locale, one: string, other: string) => (PLURAL_RULES[locale].select(n) === 'one' ? one : other);

/**
 * French "de" and "à" before a hospital's name, contracted with the article the name takes:
 * des Hôpitaux IRIS Sud, du CHU de Liège, de la Clinique Sainte-Anne, de l'Hôpital de Jolimont;
 * "de" alone before any other name.
 */
const FRENCH_ARTICLE: [RegExp, { de: string; a: string }][] = [
  [/^(?:Hôpitaux|Cliniques|Centres|Hospices|Instituts)\b/u, { de: 'des ', a: 'aux ' }],
  [/^(?:Centre|CHU|CHR|CHC|CH|Grand Hôpital|Groupe)\b/u, { de: 'du ', a: 'au ' }],
  [/^(?:Clinique|Polyclinique|Maison|Résidence)\b/u, { de: 'de la ', a: 'à la ' }],
  [/^(?:Hôpital|Institut|Hôpital)\b/u, { de: "de l'", a: "à l'" }],
];
const frenchArticle = (name: string) => FRENCH_ARTICLE.find(([re]) => re.test(name))?.[1] ?? { de: 'de ', a: 'à ' };
export const deFr = (name: string) => `${frenchArticle(name).de}${name}`;
export const aFr = (name: string) => `${frenchArticle(name).a}${name}`;

const wordsOf = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/**
 * A role by the portal's name, with the manager's own words beside it when they differ: "Co-VTE (co-beheerder)";
 * "gestionnaire d'accès" alone when that is what they typed (or a part of it, "gestionnaire").
 */
export function roleNamed(portal: string, said?: string): string {
  if (!said) return portal;
  const own = wordsOf(portal);
  // "Zugangsverwalterin" is the portal's "Zugangsverwalter" said of a woman, "beheerder" a part of "toegangsbeheerder": not said twice.
  const same = (w: string) => own.some((o) => o.endsWith(w) || (w.startsWith(o) && w.length - o.length <= 2) || (w.endsWith('in') && o.endsWith(w.slice(0, -2))));
  return wordsOf(said).every(same) ? portal : `${portal} (${said})`;
}
