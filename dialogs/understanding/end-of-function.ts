import { hasAny } from './parse';

/**
 * How a sentence says a function (or a collaborator's role) ends, and what its date means. A date is either the last
 * day held ("jusqu'au 28 février", "t/m 28 februari", "bis einschließlich 28. Februar", "through 28 February", "fin
 * février", "last day 28 February") or the first day without ("n'est plus collaborateur à partir du 1er mars", "vanaf
 * 1 maart geen medewerker meer", "ab 1. März nicht mehr", "no longer … as of 1 March"): then the last day is the day
 * before. The words are matched on the message normalized (see flat()).
 */

/** "mets fin à la fonction de …", "beende die Funktion", "end … function": a function ended. */
const END_FUNCTION = ['fin de la fonction', 'fin de sa fonction', 'fin de fonction', 'mettre fin', 'met fin', 'mets fin', 'mettez fin', 'termine la fonction', 'terminer la fonction', 'arrete la fonction',
  'einde van de functie', 'einde functie', 'einde van functie', 'einde van zijn functie', 'einde van haar functie', 'beeindig', 'beeindigen', 'functie beeindigen', 'functie stopt', 'stop de functie', 'beende', 'beenden', 'ende der funktion', 'ende funktion', 'ende seiner funktion', 'ende ihrer funktion', 'funktion endet',
  'end the function', 'end function', 'end of the function', 'end of function', 'end of his function', 'end of her function', 'end his function', 'end her function', 'function ends'];
/** "X won't be the pharmacist's assistant anymore", "X stopt als medewerker": the collaborator's role ends, so the function does. */
const ROLE_WORDS = ['medewerker', 'medewerkster', 'collaborateur', 'collaboratrice', 'mitarbeiter', 'mitarbeiterin', 'collaborator', 'assistant', 'assistante',
  'assistent', 'assistente', 'assistentin', 'secretaire', 'secretaresse', 'sekretar', 'sekretarin', 'secretary', 'medewerksters', 'mitarbeiterinnen'];
/**
 * A role said to end with words around it: "is geen medewerkster meer", "ist keine Mitarbeiterin mehr", "hört als
 * Mitarbeiter … auf", "beendet ihre Tätigkeit als …", "quits as …", "her job as … ends", "n'exerce plus comme …".
 */
const ROLE_LEFT = [/\bgeen\b.*\bmeer\b/, /\bkeine?\b.*\bmehr\b/, /\bhort\b.*\bauf\b/, /\bhoudt\b.*\bop\b/, /\bne? (?:est|exerce|travaille|sera)\b.*\bplus\b/,
  /\b(?:beendet|beendigt|beende|quits?|quitting|leaves?|leaving|stops?|stopt|stoppe|arrete|cesse|quitte)\b/, /\b(?:job|work|role|taak|rol|functie|tatigkeit|arbeit|rolle|poste|travail)\b.*\b(?:ends?|ended|ending|eindigt|endet|finit|stops?|over)\b/];
/** "heeft geen TCT meer nodig", "braucht kein TCT mehr": an access no longer needed, said of a collaborator, is a revoke. */
const NEEDS = ['nodig', 'braucht', 'brauchen', 'benotigt', 'besoin', 'need', 'needs'];
const NO_LONGER = ['anymore', 'any more', 'no longer', 'won t be', 'will not be', 'stops being', 'n est plus', 'ne sera plus', 'ne plus etre', 'arrete d etre',
  'cesse d etre', 'ne travaille plus', 'ne fera plus', 'niet meer', 'niet langer', 'stopt als', 'stoppen als', 'nicht mehr', 'nicht langer', 'hort auf als', 'aufhoren als'];
/** "geen medewerker meer", "keine Mitarbeiterin mehr", "ne travaillera plus": the negation and its "more" around the role or verb. */
const NO_MORE_AROUND = /\b(?:geen\b.*\bmeer|kein\w*\b.*\bmehr|ne? \w+ plus)\b/;
const FUNCTION_WORDS = ['function', 'functie', 'fonction', 'funktion'];
/** "la fonction … doit s'arrêter", "de functie moet stoppen", "die Funktion endet", "her function should stop": said of a function, it ends. */
const STOP_WORDS = [
  'arrete', 'arreter', 'arretera', 'arretez', 'arreterait', 's arrete', 's arreter', 'se termine', 'se terminer', 'se terminera', 'terminee', 'prend fin', 'prendre fin', 'prendra fin',
  'finit', 'finir', 'finira', 'cesse', 'cesser', 'cessera', 'stopper', 'stoppe',
  'stop', 'stopt', 'stoppen', 'gestopt', 'eindigt', 'eindigen', 'beeindigd', 'afgelopen', 'loopt af', 'aflopen', 'ophouden', 'houdt op',
  'endet', 'enden', 'beendet', 'beendigen', 'aufhoren', 'hort auf', 'auslaufen', 'lauft aus', 'stoppt',
  'end', 'ends', 'ending', 'ended', 'stops', 'stopping', 'stopped', 'terminate', 'terminated', 'finish', 'finishes'];
/** "son dernier jour", "laatste werkdag", "letzter Arbeitstag", "last day": the date is the last day held. */
const LAST_DAY_WORDS = ['dernier jour', 'dernier jour de travail', 'laatste dag', 'laatste werkdag', 'letzter tag', 'letzte tag', 'letzten tag', 'letzter arbeitstag', 'letzte arbeitstag', 'letzten arbeitstag',
  'last day', 'last working day'];
/** "jusqu'au", "t/m", "tot en met", "bis einschließlich", "until", "through": up to and including the date. */
const UNTIL = /\b(?:jusqu au|jusqu a|jusqu|jusque|t m|tot en met|tot|bis einschliesslich|bis einschl|einschliesslich|bis|until|till|through|thru|up to and including)\b/;
/** "la fonction court / de functie loopt / die Funktion läuft / the function runs" until a day: it ends that day. */
const RUNS = ['court', 'dure', 'loopt', 'lauft', 'gilt', 'runs', 'lasts'];
/** "à partir du", "dès le", "vanaf", "met ingang van", "ab", "from", "as of", "starting": the date is the first day of what is said. */
const FROM = /\b(?:a partir du|a partir de|a partir d|a compter du|des le|vanaf|met ingang van|per|ab|ab dem|from|as of|as from|starting|starting on|effective)\b/;

/** "fin avril", "eind april", "Ende April", "end of April": the month's last day, the last day held even after "from". */
const MONTH_END = new RegExp(`\\b(?:fin|eind|einde|ende|end of|the end of)\\s+(?:(?:de|d|du mois de|van|des|the|of)\\s+)?(?:${[
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'januar', 'februar', 'marz', 'maerz', 'august', 'dezember', 'january', 'february', 'march', 'may', 'june', 'july', 'october',
].join('|')})\\b`);
/** "Marie stopt als medewerker", "elle arrête comme collaboratrice", "he quits as assistant": a stop said of the role. */
const STOPS_AS = ['stopt', 'stoppt', 'stoppen', 'hort auf', 'arrete', 'arretera', 'quitte', 'quits', 'stops', 'verlaat', 'verlasst'];

/** The message as the markers are matched: lower case, no accents, apostrophes, hyphens and slashes as spaces. */
const flat = (norm: string) => ` ${norm.replace(/['’\-/]/g, ' ').replace(/ß/g, 'ss').replace(/\s+/g, ' ').trim()} `;

/** "… n'est plus collaborateur", "geen medewerker meer", "no longer", "stopt": what is said stops. */
const saysNoLonger = (f: string) => hasAny(f, NO_LONGER) || NO_MORE_AROUND.test(f) || hasAny(f, STOP_WORDS);

/** Whether the sentence ends a function: said of the function, of the collaborator's role, or of its last day. */
export function endsFunction(norm: string): boolean {
  const f = flat(norm);
  if (hasAny(f, END_FUNCTION)) return true;
  const ofFunction = hasAny(f, FUNCTION_WORDS);
  const ofRole = hasAny(f, ROLE_WORDS);
  if (ofFunction && (hasAny(f, STOP_WORDS) || (hasAny(f, RUNS) && UNTIL.test(f)))) return true;
  if (ofRole && hasAny(f, NEEDS)) return false;
  if (ofRole && (hasAny(f, STOPS_AS) || ROLE_LEFT.some((re) => re.test(f)))) return true;
  return (ofFunction || ofRole) && (hasAny(f, NO_LONGER) || NO_MORE_AROUND.test(f) || hasAny(f, LAST_DAY_WORDS));
}

/** Whether the sentence's date is the last day held: "jusqu'au", "t/m", "bis einschließlich", "until", "fin avril", "last day". */
export const saysLastDay = (norm: string): boolean => UNTIL.test(flat(norm)) || MONTH_END.test(flat(norm)) || hasAny(flat(norm), LAST_DAY_WORDS);

/**
 * Whether the sentence's one date is the first day without: "from" with "no longer" ("n'est plus … à partir du 1er
 * mars", "ab 1. März nicht mehr", "stopt vanaf 1 maart"), and no word saying it is the last day.
 */
export function saysInactiveFrom(norm: string): boolean {
  const f = flat(norm);
  return FROM.test(f) && saysNoLonger(f) && !saysLastDay(norm);
}
