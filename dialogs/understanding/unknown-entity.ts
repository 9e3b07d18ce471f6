import { normalize } from './parse';

// "AZ Groeninge", "CHU Tivoli", "Klinikum Nord", "l'hôpital Delta", "St Luke's Hospital": a hospital's word beside a capitalised name.
export const HOSPITAL_WORD = String.raw`AZ|UZ|CHU|CHR|CHIREC|GZA|ZNA|ZOL|[Hh][ôo]pital|[Hh][ôo]pitaux|[Cc]linique|[Cc]liniques|[Zz]iekenhuis|[Kk]liniek|[Kk]rankenhaus|[Kk]linikum|[Kk]linik|[Hh]ospital|[Hh]ospitals|[Ii]nfirmary`;
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
