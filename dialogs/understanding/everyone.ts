import { ACCESS, anyOf, fold, TAKING_AWAY } from './aside-questions';

/**
 * "donne TCT à tout le monde", "gib allen Mitarbeitern TCT", "give tct to everyone at sainte-anne": a grant for every
 * user of an entity, which names nobody. Read as the bulk grant of those users (listed, counted, confirmed), never as a
 * grant whose person is then asked as if nothing was said. Pure.
 */

/** "tout le monde", "iedereen", "alle Mitarbeiter", "everyone": a group, not a person. */
const EVERYONE = ['tout le monde', 'tous les collaborateurs', 'toutes les collaboratrices', 'tous nos collaborateurs', 'tous les utilisateurs', 'tous les membres', 'toute l equipe', 'tout le personnel',
  'iedereen', 'alle medewerkers', 'al onze medewerkers', 'alle gebruikers', 'het hele team', 'heel het team', 'al het personeel', 'alle personeel',
  'jedermann', 'allen', 'alle mitarbeiter', 'allen mitarbeitern', 'alle mitarbeitenden', 'alle benutzer', 'allen benutzern', 'das ganze team', 'dem ganzen team', 'alle kollegen', 'allen kollegen',
  'everyone', 'everybody', 'all users', 'all the users', 'all staff', 'all the staff', 'all our staff', 'all collaborators', 'all employees', 'the whole team', 'all of them'];
/** "show me everybody at Sainte-Anne", "qui a TCT ?", "has everyone got TCT?": a list or a question, read elsewhere. */
const LISTING = ['show', 'list', 'liste', 'lister', 'listez', 'affiche', 'afficher', 'montre', 'montrez', 'voir', 'toon', 'lijst', 'zeige', 'zeig', 'who', 'qui', 'wer', 'which', 'quels', 'welke', 'welche',
  'export', 'exporte', 'exporteer', 'exportiere', 'how many', 'combien', 'hoeveel', 'wie viele', 'has', 'have', 'heeft', 'hebben', 'hat', 'haben', 'a t il', 'ont ils', 'comment', 'hoe', 'how', 'wie'];
/** "retire TCT à tout le monde", "TCT ne doit plus …": taking away is no grant. */
const NO_MORE = [...TAKING_AWAY, 'retirez', 'enlevez', 'plus', 'trek', 'niet meer', 'nicht mehr', 'no longer', 'anymore'];

/** Whether the message asks a grant for a whole group: a group word, an application or an access, no NISS, nothing taken away. */
export function asksGrantForEveryone(text: string, namesApplication: () => boolean): boolean {
  const norm = fold(text);
  if (!anyOf(norm, EVERYONE) || anyOf(norm, LISTING) || anyOf(norm, NO_MORE) || /\d{6}/.test(norm)) return false;
  return anyOf(norm, ACCESS) || namesApplication();
}
