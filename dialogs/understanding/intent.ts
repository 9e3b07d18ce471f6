import { entityNamedIn, findNissNumbers, INSTEAD_OF, understand, type Vocabulary } from './understand';
import { hasAny, normalize } from './parse';
import { WORDS } from './vocabulary';
import { parseHelpdesk } from './helpdesk-reading';
import { personAsked } from './asked-person';
import { designationAsked } from './designation';
import { unknownEntity, unknownPlace } from './unknown-entity';
import { personInRequest } from './person-in-request';
import { asksWhoGave } from './holding-question';
import { endsFunction } from './end-of-function';

export { asksWhoGave };

/**
 * Which people-management request a message is, besides granting (the default conversation):
 * "liste les utilisateurs", "exporte en Excel", "retire HospiSup à 85073003328", "désigne … comme
 * gestionnaire d'accès", several NISS at once, "qui a donné accès…", "pourquoi … ne peut pas…",
 * "guide". Pure, in four languages; NISS, applications, entities and dates are read by understand.ts.
 */

export type UserStatus = 'invited' | 'active' | 'disabled';

export interface PeopleQuery {
  entity?: number;
  qualityKind?: string;
  application?: string;
  status?: UserStatus;
  lastName?: string;
  firstName?: string;
  username?: string;
  collaborators?: boolean;
}

export type ManagerRoleWanted = 'GA' | 'CO_RAE';

// entityUnknown: a place named that is no entity known ("aus dem Marienhospital"), said back by the dialog, never dropped.
export type Intent = (
  | { kind: 'list'; query: PeopleQuery }
  | { kind: 'export'; format: 'csv' | 'xlsx'; query: PeopleQuery }
  // niss null: the person was named by name ("retire Colindos à Jan Peeters"), looked up among the manager's users.
  | { kind: 'revoke'; niss: string | null; name?: string; applications: string[]; entity?: number; qualityKind?: string }
  | { kind: 'endFunction'; niss: string | null; name?: string; endDate: string | null; entity?: number; qualityKind?: string }
  | { kind: 'removeUser'; niss: string | null; name?: string; entity?: number; qualityKind?: string }
  | {
      kind: 'designate'; remove: boolean; role: ManagerRoleWanted; identifier: string | null; niss: string | null; name: string | null;
      /** The role as the manager typed it ("co-beheerder"), said beside the portal's name ("Co-VTE"). */
      said?: string;
      entity?: number; qualityKind?: string;
    }
  /** everyone: "donne TCT à tout le monde (de Sainte-Anne)": every user of the entity, listed and counted before the confirmation. */
  | { kind: 'bulk'; inputs: { line: number; input: string }[]; applications: string[]; entity?: number; qualityKind?: string; everyone?: true }
  | { kind: 'audit'; niss: string; applications: string[] }
  // name: the person asked about by name ("pourquoi Lucas Mertens n'a pas accès …"); logIn: it is logging in that fails.
  | { kind: 'diagnose'; name?: string; logIn?: true }
  | { kind: 'guide'; text: string }
) & { entityUnknown?: string };

export interface IntentOptions {
  now: number;
  /** Lines of NISS read from attached CSV files or lists, if any. */
  files?: { line: number; input: string }[];
}

// Normalized word lists (lower case, no accents); hyphens and apostrophes read as spaces.
const USERS = ['utilisateurs', 'utilisateur', 'users', 'user', 'gebruikers', 'gebruiker', 'benutzer', 'benutzern', 'nutzer', 'personnes', 'people', 'personen',
  'collaborateurs', 'medewerkers', 'mitarbeiter', 'collaborators', 'membres', 'members', 'leden', 'mitglieder'];
/** "show me everybody at Sainte-Anne": its users, when a list is asked ("donne TCT à tout le monde" asks none). */
const EVERYBODY = ['everybody', 'everyone', 'tout le monde', 'iedereen', 'jedermann', 'alle leute', 'alle mensen'];
const LIST = ['liste', 'lister', 'listez', 'affiche', 'afficher', 'affichez', 'montre', 'montrez', 'montrer', 'voir', 'cherche', 'chercher', 'trouve', 'quels', 'quelles',
  'list', 'show', 'find', 'search', 'which', 'lijst', 'toon', 'zoek', 'welke', 'zeige', 'zeig', 'suche', 'finde', 'welche', 'alle', 'tous', 'all'];
const WHO_HAS = WORDS.whoHas;
/** "liste", "zeige", "welche": a list is asked in so many words (a collaborator named in a grant asks none). */
/**
 * "who at iris sud has colindos?", "wie bij iris sud heeft colindos?", "wer in iris sud hat colindos?": who holds it, the place
 * said between the question word and its verb.
 */
const WHO_THEN_HAS = /^(?:\S+ ){0,2}(?:(?:who|which users?|which people) (?:\S+ ){0,5}(?:has|have|s got|got)|(?:wie|welke gebruikers?) (?:\S+ ){0,5}(?:heeft|hebben)|(?:wer|welche benutzer) (?:\S+ ){0,5}(?:hat|haben)|qui (?:\S+ ){0,5}(?:a|ont|possede|possedent)) /;
const asksWhoHas = (norm: string) => hasAny(norm, WHO_HAS) || WHO_THEN_HAS.test(`${normalize(norm).replace(/['-]/g, ' ')} `);
export const asksForList = (norm: string) => hasAny(norm, LIST) || asksWhoHas(norm);
const COLLABORATORS = ['collaborateurs', 'medewerkers', 'mitarbeiter', 'collaborators'];
const EXPORT = ['exporte', 'exporter', 'exportez', 'export', 'exporteer', 'exporteren', 'exportiere', 'exportieren', 'excel', 'csv', 'xlsx', 'tableur', 'spreadsheet',
  'telecharge', 'telecharger', 'download', 'downloaden', 'herunterladen'];
const STATUS_WORDS: Record<UserStatus, readonly string[]> = {
  invited: ['invite', 'invites', 'invitee', 'invitees', 'invited', 'uitgenodigd', 'uitgenodigde', 'uitgenodigden', 'eingeladen', 'eingeladene', 'eingeladenen'],
  active: ['actif', 'actifs', 'active', 'actives', 'actief', 'actieve', 'aktiv', 'aktive', 'aktiven'],
  disabled: ['desactive', 'desactives', 'desactivee', 'desactivees', 'disabled', 'gedeactiveerd', 'gedeactiveerde', 'deaktiviert', 'deaktivierte', 'deaktivierten'],
};
const GRANT_VERBS = [...WORDS.requestVerbs, ...WORDS.addVerbs];
const REVOKE = WORDS.revokeVerbs;
const DELETE = WORDS.deleteVerbs;
const ENTITY = ['entite', 'de l entite', 'hopital', 'entiteit', 'ziekenhuis', 'einrichtung', 'krankenhaus', 'entity', 'hospital', 'qualite', 'hoedanigheid', 'eigenschaft', 'capacity'];
const AUDIT = WORDS.audit;
const WHY = [...WORDS.why, 'ne peut pas', 'n arrive pas', 'cannot', 'can t', 'kan niet', 'kann nicht'];
/** "Why has someone no access?" without a NISS (the welcome's starter): a question, never a grant request. */
/** "accès", "toegangen", "Zugänge", "access": what is taken away is the person's access, never the person. */
export const ACCESS_NOUNS = ['acces', 'access', 'accesses', 'toegang', 'toegangen', 'zugriff', 'zugang', 'zugange'];
const WHY_NO_ACCESS = { why: WORDS.why, access: ACCESS_NOUNS };
const PORTAL_HOW = ['dans le portail', 'sur le portail', 'in the portal', 'on the portal', 'in het portaal', 'op het portaal', 'im portal', 'auf dem portal', 'portal guide'];

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const IDENTIFIER = /(?:identifiant|identifier|identificatie|kennung|(?<![\w-])id)\s*:?\s+([^\s,;()«»"]+)/i;
const CHANNEL_ID = /(?<![\w:])(\d{1,2}:[\w-]{6,})/;
const QUOTED_NAME = /[«"“„(]\s*([^»"”“()\d]{2,80}?)\s*[»"”“)]/;

const flat = (text: string) => normalize(text).replace(/['-]/g, ' ');

/** "naam Peeters", "prénom Marie", "username mdupont": a word after the criterion's name, as typed. */
function criterion(text: string, names: string): string | undefined {
  const m = new RegExp(`(?:^|[\\s,;(])(?:${names})\\s*[:=]?\\s+[«"]?([\\p{L}\\p{N}._@'-]+)`, 'iu').exec(text);
  return m?.[1];
}

function peopleQuery(text: string, vocab: Vocabulary, now: number): PeopleQuery {
  const u = understand(text, vocab, { expecting: null, now, locale: 'fr' });
  const norm = flat(text);
  const q: PeopleQuery = {};
  const entity = u.entity ?? entityNamedIn(text, vocab);
  if (entity !== undefined) q.entity = entity;
  if (u.qualityKind) q.qualityKind = u.qualityKind;
  const app = u.applications?.add[0] ?? u.applications?.remove[0];
  if (app) q.application = app;
  for (const [status, list] of Object.entries(STATUS_WORDS) as [UserStatus, readonly string[]][]) if (hasAny(norm, list)) q.status = status;
  const username = criterion(text, "nom d'utilisateur|nom d’utilisateur|gebruikersnaam|benutzername|username|login");
  if (username) q.username = username;
  const firstName = criterion(text, 'prénom|prenom|voornaam|vorname|first name|firstname');
  if (firstName) q.firstName = firstName;
  const lastName = criterion(text, "(?<!first |user|d'utilisateur |gebruikers)(?:nom|naam|name|nachname|achternaam|last name|lastname)(?! d['’]utilisateur)");
  if (lastName && lastName.toLowerCase() !== username?.toLowerCase()) q.lastName = lastName;
  if (hasAny(norm, COLLABORATORS)) q.collaborators = true;
  return q;
}

/** Where a people request can name its entity, and does not name one known: the place named, if any. */
const PLACED: ReadonlySet<string> = new Set(['list', 'export', 'revoke', 'endFunction', 'removeUser', 'designate', 'bulk']);

/**
 * The request a message is; a place it names that is no entity known ("aus dem Marienhospital", "de la clinique du
 * Parc") goes with it as `entityUnknown`, for the dialog to say (trial 8): never dropped. The person's name is no place.
 */
export function readIntent(text: string, vocab: Vocabulary, options: IntentOptions): Intent | undefined {
  return withPlaceNamed(requestOf(text, vocab, options), text, vocab, options);
}

/** The request with the place its sentence names that is no entity known, if it names no entity. */
export function withPlaceNamed<I extends Intent>(intent: I | undefined, text: string, vocab: Vocabulary, options: { now: number }): I | undefined {
  if (!intent || !PLACED.has(intent.kind)) return intent;
  const scoped = intent as { entity?: number; query?: PeopleQuery; name?: string | null };
  if (scoped.entity !== undefined || scoped.query?.entity !== undefined) return intent;
  const person = scoped.name ? normalize(scoped.name) : undefined;
  const namesSomethingElse = (name: string) => {
    if (person && (person.includes(normalize(name)) || normalize(name).includes(person))) return true;
    const u = understand(name, vocab, { expecting: null, now: options.now, locale: 'fr' });
    return u.entity !== undefined || u.entityAmbiguous !== undefined || u.entityWithoutRole !== undefined || u.applications !== undefined ||
      u.qualityKind !== undefined || u.startDate !== undefined || u.endDate !== undefined || u.niss !== undefined;
  };
  const named = unknownEntity(text) ?? unknownPlace(text, namesSomethingElse, { personNamed: false, expecting: null });
  return named && !namesSomethingElse(named) ? { ...intent, entityUnknown: named } : intent;
}

function requestOf(text: string, vocab: Vocabulary, options: IntentOptions): Intent | undefined {
  const norm = flat(text);
  const { now } = options;
  const scope = (u: { entity?: number; qualityKind?: string }) => {
    const entity = u.entity ?? entityNamedIn(text, vocab);
    return {
      ...(entity !== undefined ? { entity } : {}),
      ...(u.qualityKind ? { qualityKind: u.qualityKind } : {}),
    };
  };

  if (options.files && options.files.length > 0) {
    const u = understand(text, vocab, { expecting: null, now, locale: 'fr' });
    return { kind: 'bulk', inputs: options.files, applications: u.applications?.add ?? [], ...scope(u) };
  }
  if (!norm) return undefined;

  const found = findNissNumbers(text, now);
  const valid = found.filter((f) => f.niss).map((f) => f.niss!);
  const hasNiss = found.length > 0;
  const helpdesk = parseHelpdesk(text);

  if (helpdesk.kind === 'guide' || hasAny(norm, PORTAL_HOW)) return { kind: 'guide', text: helpdesk.kind === 'guide' ? text : `guide ${text}` };
  const logIn = hasAny(norm, WORDS.logIn) ? { logIn: true as const } : {};
  if (hasNiss && hasAny(norm, WHY)) return { kind: 'diagnose', ...logIn };
  // Without a NISS, by name ("warum kann Pieter De Smet sich nicht anmelden?"), else how to ask it: never a grant starting on a question.
  if (!hasNiss && (asksWhyNoAccess(norm) || whyNotWithApplication(text, norm, vocab, now))) {
    // "warum hat lucas mertens keinen zugang": the person read where the question puts it, whatever their capitals.
    const name = personAsked(text, vocab, now) ?? personInRequest(text, vocab, now);
    return { kind: 'diagnose', ...(name ? { name } : {}), ...logIn };
  }

  const designation = designationAsked(text, norm, () => {
    const u = understand(text, vocab, { expecting: null, now, locale: 'fr' });
    return (u.applications?.add.length ?? 0) + (u.applications?.remove.length ?? 0) > 0;
  });
  if (designation) {
    const identifier = GUID.exec(text)?.[0] ?? CHANNEL_ID.exec(text)?.[1] ?? IDENTIFIER.exec(text)?.[1] ?? null;
    // "can you make Sarah Moens access manager at Sainte-Anne?" asks it politely: its entity is read as in a request.
    const u = understand(text.replace(/\?+\s*$/, ''), vocab, { expecting: null, now, locale: 'fr' });
    return {
      kind: 'designate',
      ...designation,
      identifier: identifier && !/^\d{11}$/.test(identifier) ? identifier : null,
      niss: valid[0] ?? null,
      name: QUOTED_NAME.exec(text)?.[1]?.trim() ?? null,
      ...scope(u),
    };
  }
  if (!hasNiss) {
    if (hasAny(norm, EXPORT) && (hasAny(norm, EXPORT.slice(0, 10)) || hasAny(norm, USERS))) {
      return { kind: 'export', format: hasAny(norm, ['csv']) ? 'csv' : 'xlsx', query: peopleQuery(text, vocab, now) };
    }
    const query = peopleQuery(text, vocab, now);
    const filtered = query.application !== undefined || query.status !== undefined || query.lastName !== undefined || query.firstName !== undefined || query.username !== undefined;
    // "qui a donné Colindos à Jan Peeters ?" asks who gave it: an audit question, not who holds it.
    if (asksWhoHas(norm) && query.application && !asksWhoGave(norm)) return { kind: 'list', query };
    if (hasAny(norm, USERS) && (hasAny(norm, LIST) || filtered || norm.split(' ').length <= 4)) return { kind: 'list', query };
    if (hasAny(norm, EVERYBODY) && hasAny(norm, LIST) && !hasAny(norm, GRANT_VERBS)) return { kind: 'list', query };
    return undefined;
  }

  const u = understand(text, vocab, { expecting: null, now, locale: 'fr' });
  // "retire seulement HospiSup, Colindos reste": what stays is never taken.
  const stay = staying(text, vocab, now);
  const applications = [...new Set([...(u.applications?.add ?? []), ...(u.applications?.remove ?? [])])].filter((a) => !stay.has(a));
  if (valid.length > 0 && hasAny(norm, AUDIT)) return { kind: 'audit', niss: valid[0]!, applications };
  if (valid.length > 0 && endsFunction(norm)) {
    return { kind: 'endFunction', niss: valid[0]!, endDate: u.endDate ?? u.startDate ?? null, ...scope(u) };
  }
  // "braucht HospiSup nicht mehr", "n'a plus besoin de", "neem … af": a revocation in everyday words is one too.
  if (valid.length === 1 && found.length === 1 && (hasAny(norm, REVOKE) || u.removal)) {
    if (applications.length > 0) return { kind: 'revoke', niss: valid[0]!, applications, ...scope(u) };
    // "retire 85073003328 de Hôpitaux IRIS Sud": an entity named, and no application, is the person removed from it;
    // "retire tous les accès de 85073003328 à Sainte-Anne" takes their access (which ones is asked), never the person.
    if (!hasAny(norm, ACCESS_NOUNS) && (hasAny(norm, ENTITY) || hasAny(norm, DELETE) || u.entity !== undefined)) return { kind: 'removeUser', niss: valid[0]!, ...scope(u) };
    return { kind: 'revoke', niss: valid[0]!, applications: [], ...scope(u) };
  }
  // "à 90041212377 au lieu de 85073003328" names one person instead of another: no list of people.
  if (found.length >= 2 && !u.copyFrom && !INSTEAD_OF.test(` ${norm} `) && (hasAny(norm, GRANT_VERBS) || applications.length > 0)) {
    const inputs = found.map((f, i) => ({ line: i + 1, input: text.slice(f.start, f.end).trim() }));
    return { kind: 'bulk', inputs, applications: u.applications?.add ?? [], ...scope(u) };
  }
  return undefined;
}

/**
 * "pourquoi … n'a pas accès", "waarom kan … nog niet in Colindos", "X n'arrive pas à se connecter", "why can't … log in":
 * a why with what cannot be done or reached, or what cannot be done with logging in or opening.
 */
function asksWhyNoAccess(norm: string): boolean {
  const cannot = hasAny(norm, WORDS.cannot);
  if (hasAny(norm, WHY_NO_ACCESS.why)) return cannot || hasAny(norm, WHY_NO_ACCESS.access) || hasAny(norm, WORDS.logIn) || hasAny(norm, WORDS.open);
  return cannot && (hasAny(norm, WORDS.logIn) || hasAny(norm, WORDS.open));
}

/** "niet", "pas", "nicht", "not": a why with one of these and an application asks why someone cannot use it. */
const NOT = ['niet', 'pas', 'nicht', 'kein', 'keinen', 'keine', 'not', 'n t', 'geen', 'jamais', 'nooit', 'nie', 'never'];
/** "waarom kan els janssens niet in ebirth?": a why, a negation, an application; "why is HospiSup slow?" is none. */
function whyNotWithApplication(text: string, norm: string, vocab: Vocabulary, now: number): boolean {
  if (!hasAny(norm, WHY_NO_ACCESS.why) || !hasAny(norm, NOT)) return false;
  return (understand(text, vocab, { expecting: null, now, locale: 'fr' }).applications?.add.length ?? 0) > 0;
}



/** The applications of the clauses that say they stay: "Colindos reste", "Colindos blijft", "Colindos bleibt", "keep Colindos". */
function staying(text: string, vocab: Vocabulary, now: number): Set<string> {
  const out = new Set<string>();
  for (const clause of text.split(/[,;.]|\s(?:mais|but|maar|aber|et|and|en|und)\s/i)) {
    if (!hasAny(flat(clause), WORDS.stays)) continue;
    const u = understand(clause, vocab, { expecting: null, now, locale: 'fr' });
    for (const a of [...(u.applications?.add ?? []), ...(u.applications?.remove ?? [])]) out.add(a);
  }
  return out;
}

/** "les 10 suivants", "volgende 10", "next 10", "nächste 10": the next page of a list. */
export function asksNextPage(text: string): boolean {
  const norm = flat(text).replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim();
  return WORDS.next.includes(norm);
}
