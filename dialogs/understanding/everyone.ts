import { normalize } from './parse';

/**
 * "donne TCT à tout le monde", "gib allen Mitarbeitern TCT", "give tct to everyone at sainte-anne": a grant for every
 * user of an entity, which names nobody. Read as the bulk grant of those users (listed, counted, confirmed), never as a
 * grant whose person is then asked as if nothing was said. Pure.
 */
const fold = (text: string) => ` ${normalize(text).replace(/['’-]/g, ' ').replace(/[?!.,;:«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `;
const anyOf = (norm: string, phrases: readonly string[]) => phrases.some((p) => norm.includes(` ${p} `));

/** "tout le monde", "iedereen", "alle Mitarbeiter", "everyone": a group, not a person. */
const EVERYONE = ['tout le monde', 'tous les collaborateurs', 'toutes les collaboratrices', 'tous nos collaborateurs', 'tous les utilisateurs', 'tous les membres', 'toute l equipe', 'tout le personnel',
  'iedereen', 'alle medewerkers', 'al onze medewerkers', 'alle gebruikers', 'het hele team', 'heel het team', 'al het personeel', 'alle personeel',
  'jedermann', 'allen', 'alle mitarbeiter', 'allen mitarbeitern', 'alle mitarbeitenden', 'alle benutzer', 'allen benutzern', 'das ganze team', 'dem ganzen team', 'alle kollegen', 'allen kollegen',
  'everyone', 'everybody', 'all users', 'all the users', 'all staff', 'all the staff', 'all our staff', 'all collaborators', 'all employees', 'the whole team', 'all of them'];
/** "show me everybody at Sainte-Anne", "qui a TCT ?", "has everyone got TCT?": a list or a question, read elsewhere. */
const LISTING = ['show', 'list', 'liste', 'lister', 'listez', 'affiche', 'afficher', 'montre', 'montrez', 'voir', 'toon', 'lijst', 'zeige', 'zeig', 'who', 'qui', 'wer', 'which', 'quels', 'welke', 'welche',
  'export', 'exporte', 'exporteer', 'exportiere', 'how many', 'combien', 'hoeveel', 'wie viele', 'has', 'have', 'heeft', 'hebben', 'hat', 'haben', 'a t il', 'ont ils', 'comment', 'hoe', 'how', 'wie'];
/** "retire TCT à tout le monde": taking away is no grant. */
const TAKING_AWAY = ['retire', 'retirer', 'retirez', 'enleve', 'enlever', 'supprime', 'supprimer', 'verwijder', 'verwijderen', 'trek', 'intrekken', 'haal', 'entferne', 'entfernen', 'entziehe', 'entziehen',
  'remove', 'revoke', 'take', 'delete', 'withdraw', 'plus', 'niet meer', 'nicht mehr', 'no longer', 'anymore'];
/** The access itself named, when no application is ("donne l'accès à tout le monde"): which one is then asked. */
const ACCESS = ['acces', 'access', 'toegang', 'zugang', 'zugriff', 'application', 'toepassing', 'applicatie', 'anwendung'];

/** Whether the message asks a grant for a whole group: a group word, an application or an access, no NISS, nothing taken away. */
export function asksGrantForEveryone(text: string, namesApplication: () => boolean): boolean {
  const norm = fold(text);
  if (!anyOf(norm, EVERYONE) || anyOf(norm, LISTING) || anyOf(norm, TAKING_AWAY) || /\d{6}/.test(norm)) return false;
  return anyOf(norm, ACCESS) || namesApplication();
}
