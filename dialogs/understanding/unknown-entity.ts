import { normalize } from './parse';

// "AZ Groeninge", "CHU Tivoli", "Klinikum Nord", "l'hôpital Delta", "St Luke's Hospital": a hospital's word beside a capitalised name.
export const HOSPITAL_WORD = String.raw`AZ|UZ|CHU|CHR|CHIREC|GZA|ZNA|ZOL|[Hh][ôo]pital|[Hh][ôo]pitaux|[Cc]linique|[Cc]liniques|[Zz]iekenhuis|[Kk]liniek|[Kk]rankenhaus|[Kk]linikum|[Kk]liniken|[Kk]linik|[Hh]ospital|[Hh]ospitals|[Ii]nfirmary`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:de|du|des|la|le|van|von|der|of|St\.?|Sint|Saint|Sankt)?\s*\p{Lu}[\p{L}'’-]*){0,3}`;
// "Sint-Janziekenhuis", "Marienhospital", "Elisabeth-Klinikum": Dutch and German write the kind and the name as one word.
const COMPOUND = String.raw`\p{Lu}[\p{L}'’-]{2,}(?:[Zz]iekenhuis|[Kk]liniek|[Kk]rankenhaus|[Kk]linikum|[Kk]linik|[Hh]ospital)`;
export const UNKNOWN_ENTITY = new RegExp(
  String.raw`(?<![\p{L}])((?:${HOSPITAL_WORD})\s+${CAPITALISED}|${CAPITALISED}\s+(?:[Hh]ospital|[Zz]iekenhuis|[Kk]rankenhaus|[Kk]linikum|[Kk]linik|[Kk]liniek)|${COMPOUND})(?![\p{L}])`,
  'u',
);
const CAPITALISED_AFTER = new RegExp(
  String.raw`^(?:${HOSPITAL_WORD})\s+\p{Lu}|\p{Lu}[\p{L}'’-]*\s+(?:[Hh]ospital|[Zz]iekenhuis|[Kk]rankenhaus|[Kk]linikum|[Kk]linik|[Kk]liniek)$|^${COMPOUND}$`,
  'u',
);

// "in der Eigenschaft Krankenhaus", "qualité Hôpital": a qualité, not an entity's name.
const QUALITY_WORD = /(?<![\p{L}])(?:eigenschaft|hoedanigheid|qualit[ée]|quality|capacity|pflegeerbringer|zorgverlener|prestataire)(?![\p{L}])/iu;

/** An entity named by a hospital's word and a name, when no entity of the vocabulary (the manager's or another) was read. */
export function unknownEntity(text: string): string | undefined {
  const m = UNKNOWN_ENTITY.exec(text);
  if (!m) return undefined;
  const name = m[1]!.trim();
  // "l'hôpital" alone, "hospital access": a word of the sentence, not a name.
  if (!CAPITALISED_AFTER.test(name) || QUALITY_WORD.test(name)) return undefined;
  return normalize(name).length >= 4 ? name : undefined;
}

// "Saint-Luc", "Sint-Jan", "St-Pierre", "Sankt Josef": a saint's name, as hospitals are named.
const SAINT = String.raw`(?:Saint|Sainte|Sint|Sankt|St|Ste)(?:\.|-|\s+)`;
/** "Saint-Luc", "Sint-Jan": a name that starts with a saint's is a place's, never a person's. */
export const isSaintsName = (name: string): boolean => new RegExp(String.raw`^\s*${SAINT}\p{Lu}`, 'u').test(name);
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PLACE_NAME = String.raw`(?:${SAINT})?${CAPITAL_WORD}(?:\s+(?:${SAINT})?${CAPITAL_WORD}){0,3}`;
// Where a place is named: "at", "chez", "bij", "te" name places only; "in", "im", "bei" also a German noun ("in Ordnung"); "à", "pour",
// "for", "voor", "für" a person as often ("donne TCT à Kevin"): there a saint's name is needed.
const PLACE = new RegExp(String.raw`(?<![\p{L}])([Aa]t|[Cc]hez|[Bb]ij|[Tt]e|[Ii]n|[Ii]m|[Bb]ei|[Bb]eim|[àÀ]|[Pp]our|[Ff]or|[Vv]oor|[Ff]ür)\s+(?:(?:the|het|l['’])\s*)?(${PLACE_NAME})`, 'gu');
const STRONG = new Set(['at', 'chez', 'bij', 'te']);
const NOUN_TOO = new Set(['in', 'im', 'bei', 'beim']);
/** Capitalised words after "at", "in" … that name no place: the calendar, languages, channels, titles, the portal's words. */
const NOT_A_PLACE = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'oktober', 'december',
  'januar', 'februar', 'marz', 'august', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july', 'october',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'noel', 'paques', 'toussaint', 'kerst', 'kerstmis', 'pasen', 'allerheiligen', 'weihnachten', 'ostern', 'christmas', 'easter', 'januar',
  'english', 'french', 'dutch', 'german', 'flemish', 'francais', 'anglais', 'neerlandais', 'allemand', 'nederlands', 'engels', 'frans', 'duits', 'vlaams',
  'deutsch', 'englisch', 'franzosisch', 'niederlandisch', 'teams', 'excel', 'csv', 'outlook', 'sesame', 'portal', 'portail', 'portaal', 'web', 'chat',
  'dr', 'mme', 'mr', 'mrs', 'ms', 'm', 'frau', 'herr', 'herrn', 'prof', 'dokter', 'docteur', 'doctor', 'mevrouw', 'mevr', 'madame', 'monsieur',
  'inami', 'riziv', 'likiv', 'nihdi', 'niss', 'insz', 'enss', 'nrn', 'rrn', 'ok', 'okay',
]);

// "a l'hopital erasme", "in az groeninge", "im klinikum aachen", "at st luke's", "a saint luc": managers type places in
// lower case too. Here a hospital's word or a saint's (HOSPITAL_WORD, SAINT, read in any case) is what makes it a place.
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;
const PLACE_LOWER = new RegExp(
  String.raw`(?<![\p{L}])(?:at|chez|bij|te|in|im|bei|beim|à|a|au|aux|pour|for|voor|für|fur|dans|naar|zum|zur|from|uit|aus|de|du|van|von)\s+(?:(?:the|het|l['’]|le|la|les|dem|der|den)\s*)?` +
    String.raw`((?:${HOSPITAL_WORD})\s+(?:(?:de|du|des|la|le|van|von|der|of)\s+)?(?:${SAINT})?${WORD}(?:\s+${WORD})?|${SAINT}${WORD}(?:\s+${WORD})?)`,
  'giu',
);
/** Words after a hospital's word that make it no place's name: "the hospital pharmacist", "l'hôpital pour", "hospital access". */
const NOT_AFTER_HOSPITAL = new Set([
  'pharmacist', 'pharmacists', 'pharmacien', 'pharmacienne', 'apotheker', 'apothekerin', 'doctor', 'doctors', 'physician', 'medecin', 'arts', 'arzt', 'arztin',
  'specialist', 'specialiste', 'facharzt', 'staff', 'personnel', 'personeel', 'personal', 'access', 'acces', 'toegang', 'zugang', 'zugriff', 'team', 'equipe',
  'pour', 'voor', 'for', 'fur', 'et', 'en', 'and', 'und', 'ou', 'of', 'or', 'oder', 'qui', 'die', 'der', 'das', 'that', 'which', 'where', 'waar', 'wo', 'ou',
  'dans', 'in', 'im', 'at', 'a', 'sur', 'op', 'auf', 'on', 'avec', 'met', 'mit', 'with', 'est', 'is', 'ist', 'zijn', 'sind', 'are', 'sont', 'ici', 'hier', 'here',
  'qualite', 'quality', 'hoedanigheid', 'eigenschaft', 'capacity', 'collaborator', 'collaborateur', 'collaboratrice', 'medewerker', 'mitarbeiter', 'mitarbeiterin',
  'secretary', 'secretaire', 'secretaresse', 'sekretar', 'sekretarin', 'nurse', 'infirmier', 'infirmiere', 'verpleegkundige', 'pfleger',
]);

// "at mercy hospital", "im marienhospital", "in het sint-jozefziekenhuis", "at st mary's medical center": the kind of place
// after its name, or one word with it (Dutch and German compounds), in any case.
const KIND_AFTER = String.raw`hospital|clinic|medical cent(?:er|re)|ziekenhuis|kliniek|krankenhaus|klinikum|klinik|spital`;
const PLACE_KIND_AFTER = new RegExp(
  String.raw`(?<![\p{L}])(?:at|chez|bij|te|in|im|bei|beim|à|au|dans|naar|zum|zur|from|uit|aus|of|van|von|de|du|des)\s+(?:(?:the|het|dem|der|den|la|l['’])\s*)?` +
    String.raw`((?:[\p{L}][\p{L}.'’-]*\s+){1,2}(?:${KIND_AFTER})|\p{L}{3,}(?:${KIND_AFTER}))(?![\p{L}])`,
  'giu',
);
/** Words before a kind of place that name none: "our hospital", "ons ziekenhuis", "unserem Krankenhaus", "the same clinic". */
const NOT_BEFORE_KIND = new Set(['our', 'my', 'this', 'that', 'same', 'your', 'their', 'ons', 'onze', 'mijn', 'dit', 'dat', 'hetzelfde', 'uw', 'unser', 'unserem', 'unserer',
  'unseren', 'meinem', 'meiner', 'diesem', 'dieser', 'ihrem', 'gleichen', 'selben', 'notre', 'mon', 'ma', 'cet', 'cette', 'ce', 'meme', 'votre', 'leur', 'a', 'an', 'een', 'ein', 'einem',
  'einer', 'the', 'het', 'de', 'die', 'der', 'dem', 'le', 'la', 'l']);

/** The lower-case places of a sentence: a hospital's or a saint's word and the name after it, the words no name's cut off. */
function lowerCasePlaces(text: string): string[] {
  const places: string[] = [];
  for (const m of text.matchAll(PLACE_KIND_AFTER)) {
    const ws = m[1]!.split(/\s+/);
    const kind = ws.findIndex((w) => new RegExp(String.raw`^(?:${KIND_AFTER.replace('medical cent(?:er|re)', 'medical')})$`, 'iu').test(w));
    const before = kind < 0 ? [] : ws.slice(0, kind);
    if (before.some((w) => NOT_BEFORE_KIND.has(normalize(w))) || before.some((w) => NOT_AFTER_HOSPITAL.has(normalize(w)))) continue;
    places.push(m[1]!);
  }
  for (const m of text.matchAll(PLACE_LOWER)) {
    const ws = m[1]!.replace(/['’]s$/u, '').split(/\s+/);
    // "az groeninge voor", "hopital erasme pour": the name ends before a word of the sentence.
    while (ws.length > 1 && NOT_AFTER_HOSPITAL.has(normalize(ws.at(-1)!))) ws.pop();
    const hospital = new RegExp(String.raw`^(?:${HOSPITAL_WORD})$`, 'iu').test(ws[0]!);
    if (hospital && (ws.length < 2 || NOT_AFTER_HOSPITAL.has(normalize(ws[1]!)))) continue;
    places.push(ws.join(' '));
  }
  return places;
}

/**
 * "give TCT to Kevin Maes at Saint-Luc", "geef TCT aan Kevin Maes in Sint-Jan", "bei Saint-Luc": a place named without a
 * hospital's word, that is none of the entities known (`namesSomethingElse` tells an entity, an application, a date, the
 * person named). At the entity's question a saint's name alone ("Saint-Luc") is one too. Undefined when none.
 */
export function unknownPlace(text: string, namesSomethingElse: (name: string) => boolean, options: { locale?: string; personNamed: boolean; expecting: string | null }): string | undefined {
  const candidates: { prep: string; name: string }[] = [];
  for (const m of text.matchAll(PLACE)) candidates.push({ prep: m[1]!.toLowerCase(), name: m[2]! });
  // Lower case: the hospital's or saint's word marks the place as "at" does.
  for (const name of lowerCasePlaces(text)) candidates.push({ prep: 'at', name });
  if (options.expecting === 'entity') {
    const alone = new RegExp(String.raw`^\s*(${PLACE_NAME})\s*[.!]?\s*$`, 'u').exec(text)?.[1];
    if (alone && new RegExp(String.raw`^${SAINT}`, 'u').test(alone)) candidates.push({ prep: '', name: alone });
  }
  for (const { prep, name: said } of candidates) {
    const name = said.replace(/[.’']+$/u, '');
    const ws = normalize(name).split(/[\s-]+/).filter(Boolean);
    if (ws.length === 0 || ws.some((w) => NOT_A_PLACE.has(w)) || QUALITY_WORD.test(name)) continue;
    const saint = new RegExp(String.raw`^${SAINT}`, 'u').test(name);
    const marked = saint || /[-\s]/.test(name.trim()) || (name.length >= 3 && name === name.toUpperCase());
    if (prep !== '' && !STRONG.has(prep) && !NOUN_TOO.has(prep) && !saint && !(prep === 'à' && options.personNamed && marked)) continue;
    // "in Ordnung", "bei Fragen": a German noun after "in" or "bei" is no place; a saint's, compound or capitals' name is.
    if (NOUN_TOO.has(prep) && !marked && (prep !== 'in' || options.locale === 'de')) continue;
    if (normalize(name).length < 3 || namesSomethingElse(name)) continue;
    return name;
  }
  return undefined;
}
