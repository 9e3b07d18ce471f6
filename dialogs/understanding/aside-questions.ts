import type { Names } from '../../src/domain/locale';
import { hasAny, normalize } from './parse';

/**
 * A question asked in the middle of a request that is about Sésame or the portal, not about anyone: how
 * long an access takes to be active, what an application is, which entities the manager acts for, which
 * applications can be given, how something is done on the portal itself. It is answered beside the request
 * and the question waiting is asked again (issue 12, point 6); it never sets, corrects nor confirms anything.
 * Pure: what the answer needs (the names, the entities) is taken from the vocabulary into the command.
 */
/**
 * The portal tasks a how-to question is about. The hospital's procedures (shared/seeds) give steps for a grant, a new
 * user, a qualité and a function; for the others (designate, endFunction, remove, revoke) the answer says it has none
 * and what Sésame does instead.
 */
export type PortalTopic = 'quality' | 'newUser' | 'designate' | 'grant' | 'function' | 'endFunction' | 'remove' | 'revoke';
export type AsideQuestion =
  | { topic: 'activationDelay' }
  | { topic: 'application'; code: string; names: Names }
  | { topic: 'myEntities'; entities: string[] }
  | { topic: 'applications'; names: Names[] }
  /** application: the one named ("hoe geef ik iemand toegang tot eBirth?"), for a grant or a revocation. */
  | { topic: 'portal'; about: PortalTopic; application?: Names }
  /** "who is manager of Sainte-Anne?": who manages an entity's access, which the chat does not list; how to designate is said. */
  | { topic: 'whoManages' }
  /** "… for Kevin Maes, I mean at IRIS Sud": a correction inside the message that replaces nothing it said (inline-corrections.ts); nothing done. */
  | { topic: 'correctionUnplaced' }
  /**
   * "Peter Vandamme verlässt uns, er hat TCT": leaving the entity, with applications named and no verb taking them; asked
   * whether the person is removed from the entity or only loses these, with how to say each (read in commands.ts).
   */
  | { topic: 'removeOrRevoke'; name: string; applications: Names[] };

export interface AsideVocabulary {
  entities: readonly { name: string; inami: string }[];
  applications: readonly { code: string; names: Names }[];
}

/** Accents off, apostrophes and hyphens as spaces, single spaces: "ça prend combien" → "ca prend combien". */
export const fold = (text: string) => ` ${normalize(text).replace(/['’-]/g, ' ').replace(/[?!.,;:«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `;
export const anyOf = (norm: string, phrases: readonly string[]) => phrases.some((p) => norm.includes(` ${p} `));

/** "combien de temps", "hoe lang duurt", "wie lange dauert", "how long does it take": how soon an access works. */
const DELAY = ['combien de temps', 'en combien de temps', 'quel delai', 'quel est le delai', 'ca prend combien', 'quand est ce que ce sera actif', 'quand sera t il actif', 'quand sera t elle active',
  'hoe lang duurt', 'hoelang duurt', 'hoe lang het duurt', 'hoe snel is', 'wanneer is het actief', 'wanneer werkt het',
  'wie lange dauert', 'wie lang dauert', 'wie schnell ist', 'wann ist das aktiv', 'wann ist er aktiv', 'wann ist sie aktiv', 'wann funktioniert',
  'how long does it take', 'how long will it take', 'how long does that take', 'how long until', 'how long before', 'how soon', 'when will it be active', 'when will it work', 'when is it active'];
/** "c'est quoi TCT", "wat is TCT", "was ist TCT", "what is TCT": what an application is (its name in the catalog). */
const WHAT_IS = ['c est quoi', 'qu est ce que c est', 'qu est ce que', 'que veut dire', 'ca veut dire quoi', 'ca sert a quoi', 'wat is', 'wat betekent', 'waarvoor dient',
  'was ist', 'was bedeutet', 'wofur ist', 'what is', 'what s', 'whats', 'what does', 'what is that'];
/** "pour quelles entités suis-je gestionnaire ?", "voor welke entiteiten ben ik beheerder?": the manager's own entities. */
const MY_ENTITIES = ['quelles entites', 'mes entites', 'quelle entite', 'welke entiteiten', 'mijn entiteiten', 'welke entiteit', 'welche einrichtungen', 'meine einrichtungen', 'welche einrichtung',
  'which entities', 'what entities', 'my entities', 'which entity am i'];
const ME = ['suis je', 'je suis', 'j ai', 'ai je', 'je gere', 'ben ik', 'heb ik', 'beheer ik', 'bin ich', 'habe ich', 'verwalte ich', 'am i', 'do i', 'i am', 'mes', 'mijn', 'meine', 'my'];
/** "what is the status of TCT?": a status question, not what TCT is. */
const STATUS = ['statut', 'status', 'actif', 'active', 'actief', 'aktiv', 'etat', 'stand'];
/** "quelles applications puis-je donner ?", "welke applicaties kan ik geven?": the catalog. */
const WHICH_APPLICATIONS = ['quelles applications', 'quelle application', 'welke applicaties', 'welke toepassingen', 'welke applicatie', 'welche anwendungen', 'welche anwendung',
  'what applications', 'which applications', 'what apps', 'which apps'];
const CAN_GIVE = ['puis je', 'je peux', 'peut on', 'on peut', 'disponibles', 'existent', 'y a t il', 'kan ik', 'mag ik', 'zijn er', 'beschikbaar', 'bestaan er',
  'kann ich', 'darf ich', 'gibt es', 'verfugbar', 'can i', 'may i', 'are there', 'are available', 'exist', 'do you have'];
/** "comment …", "hoe …", "wie …", "how do I …": a how-to question. */
/** "what are the steps to give …", "quelles sont les étapes pour …": the steps asked, not the thing done. */
const STEPS = ['what are the steps', 'which steps', 'quelles sont les etapes', 'quelles etapes', 'welke stappen', 'wat zijn de stappen', 'welche schritte'];
const HOW = [...STEPS, 'comment', 'hoe', 'how', 'wie gebe', 'wie erteile', 'wie lege', 'wie erstelle', 'wie aktiviere', 'wie benenne', 'wie mache', 'wie geht', 'wie kann ich', 'wie fuge', 'wie richte'];
const PORTAL_TOPICS: [PortalTopic, readonly string[]][] = [
  ['designate', ['co gestionnaire', 'cogestionnaire', 'gestionnaire d acces', 'gestionnaires d acces', 'co responsable', 'designer', 'co beheerder', 'medebeheerder', 'toegangsbeheerder', 'aanduiden', 'aanstellen',
    'co verwalter', 'co verwalterin', 'zugangsverwalter', 'zugangsverwalterin', 'verwalterin', 'benennen', 'ernenne', 'ernennen', 'co manager', 'comanager', 'access manager', 'designate', 'appoint']],
  ['newUser', ['nouveau medecin', 'nouvelle personne', 'nieuwe arts', 'nieuwe dokter', 'neuen arzt', 'neue arztin', 'new doctor', 'nouvel utilisateur', 'nouveau utilisateur', 'creer un utilisateur', 'ajouter un utilisateur', 'creer un compte', 'nieuwe gebruiker', 'gebruiker aanmaken', 'gebruiker toevoegen', 'gebruiker aan',
    'neuen benutzer', 'benutzer anlegen', 'benutzer erstellen', 'benutzer hinzufugen', 'new user', 'create a user', 'add a user', 'create an account']],
  ['quality', ['qualite', 'hoedanigheid', 'kwaliteit', 'qualitat', 'quality']],
  // "hoe geef ik iemand toegang tot het portaal?", "how do I make someone a hospital pharmacist's collaborator?": how a grant is done.
  ['grant', ['toegang', 'acces', 'access', 'zugang', 'collaborateur', 'collaborator', 'medewerker', 'mitarbeiter', 'medecin', 'arts', 'dokter', 'arzt', 'doctor', 'pharmacien', 'apotheker', 'pharmacist',
    'application', 'applications', 'toepassing', 'anwendung', 'donner', 'geef', 'geven', 'give', 'grant', 'erteilen', 'gebe']],
];
/**
 * "comment je fais pour", "comment j'ajoute", "hoe voeg ik", "wie ernenne ich", "how do I", "where in the portal do I":
 * a how-to asked of oneself, not a request ("voeg jan peeters toe" asks nothing).
 */
const HOW_DO_I = ['comment je', 'comment j', 'comment on', 'comment faire', 'comment fait on', 'comment puis je', 'comment est ce que', 'comment peut on', 'comment mettre', 'ou est ce que je', 'ou est ce qu on', 'ou puis je', 'ou dois je',
  'hoe geef ik', 'hoe doe ik', 'hoe kan ik', 'hoe moet ik', 'hoe maak ik', 'hoe voeg ik', 'hoe doe je', 'hoe kan je', 'hoe moet je', 'waar kan ik', 'waar moet ik',
  'how do i', 'how can i', 'how should i', 'how would i', 'how to', 'how do you', 'how do we', 'how can we', 'where do i', 'where can i', 'where should i',
  'wie gebe ich', 'wie kann ich', 'wie mache ich', 'wie erteile ich', 'wie fuge ich', 'wie kann man', 'wo kann ich', 'wo muss ich',
  'ou dans le portail', 'ou sur le portail', 'waar in het portaal', 'waar op het portaal', 'wo im portal', 'where in the portal', 'where on the portal', ...STEPS];
/** "comment ajouter", "hoe verwijder ik", "wie entferne ich", "wo beende ich": the same, with the verb in its place. */
const HOW_DO_I_VERB = / (?:comment \p{L}+(?:er|ir|re)|hoe \p{L}+ (?:ik|je|we|men)|waar \p{L}+ (?:ik|je)|wie (?!gesagt |besprochen |vereinbart |erwahnt )\p{L}+ (?:ich|wir|man)|wo \p{L}+ (?:ich|man)) /u;
const asksHowDoI = (norm: string) => anyOf(norm, HOW_DO_I) || HOW_DO_I_VERB.test(norm);

/** The words of the tasks a how-to names beside a grant: a function, its end, a removal, a revocation, an addition. */
const FUNCTION = ['fonction', 'fonctions', 'functie', 'functies', 'funktion', 'funktionen', 'function', 'functions'];
const ENDING = ['mettre fin', 'met fin', 'mets fin', 'fin a', 'fin de la fonction', 'fin d une fonction', 'terminer', 'termine', 'arreter', 'arrete', 'cloturer', 'beeindig', 'beeindigen', 'stopzetten', 'stop', 'stoppen', 'einde', 'afsluiten', 'beende', 'beenden', 'ende',
  'end', 'ends', 'finish', 'close'];
export const TAKING_AWAY = ['retirer', 'retire', 'enlever', 'enleve', 'supprimer', 'supprime', 'sortir', 'desinscrire', 'verwijder', 'verwijderen', 'schrappen', 'haal', 'halen', 'intrekken', 'trek',
  'entferne', 'entfernen', 'austragen', 'trage', 'losche', 'loschen', 'entziehe', 'entziehen', 'nehme', 'remove', 'take', 'delete', 'revoke', 'withdraw'];
/** "qu'il n'ait plus accès", "toegang", "Zugang", "access": what is taken is an access, not the person. */
export const ACCESS = ['acces', 'access', 'toegang', 'zugang', 'zugriff', 'application', 'applications', 'toepassing', 'applicatie', 'anwendung', 'app'];
const ADDING = ['ajoute', 'ajouter', 'rajoute', 'rajouter', 'inscrire', 'inscris', 'voeg', 'toevoegen', 'inschrijven', 'fuge', 'hinzufugen', 'aufnehmen', 'nehme', 'add', 'register', 'enrol', 'enroll'];

/** The task a how-to question asked of oneself names, beyond the phrases of PORTAL_TOPICS. */
function taskAsked(norm: string, namesApplication: boolean): PortalTopic | undefined {
  const access = namesApplication || anyOf(norm, ACCESS);
  if (anyOf(norm, FUNCTION)) return anyOf(norm, ENDING) || anyOf(norm, TAKING_AWAY) ? 'endFunction' : 'function';
  if (anyOf(norm, TAKING_AWAY)) return access ? 'revoke' : 'remove';
  if (anyOf(norm, ADDING) && !access) return 'newUser';
  return undefined;
}

/**
 * The portal task a how-to question is about. A designation, a new user or a qualité are named in their own words after
 * any "how"; a grant, a function, its end, a removal or a revocation only when asked of oneself ("how do I …"), never
 * "how is Jan's access".
 */
function portalTopic(norm: string, howDoI: boolean, namesApplication: boolean): PortalTopic | undefined {
  const task = howDoI ? taskAsked(norm, namesApplication) : undefined;
  if (task === 'endFunction' || task === 'remove' || task === 'revoke') return task;
  const topic = PORTAL_TOPICS.find(([about, phrases]) => anyOf(norm, phrases) && (about !== 'grant' || howDoI))?.[0];
  // "comment j'active une qualité ?" is about the portal even without the word "portail": Sésame activates it itself.
  if (topic === 'quality' && !hasAny(norm, ['activ', 'active', 'activer', 'activeer', 'activeren', 'aktivier', 'aktivieren', 'activate', 'portail', 'portaal', 'portal'])) return task;
  if (task === 'function' && (topic === undefined || topic === 'grant')) return task;
  return topic ?? task;
}

/** The question, if the message asks one of these; undefined for anything else (a request, a status question, an answer). */
export function asideQuestion(text: string, vocab: AsideVocabulary, namedApplications: () => string[]): AsideQuestion | undefined {
  const norm = fold(text);
  const words = norm.trim().split(' ').length;
  if (words > 16) return undefined;
  if (anyOf(norm, DELAY)) return { topic: 'activationDelay' };
  const howDoI = asksHowDoI(norm);
  if (anyOf(norm, HOW) || howDoI) {
    const codes = namedApplications();
    const app = codes.length === 1 ? vocab.applications.find((a) => a.code === codes[0]) : undefined;
    const about = portalTopic(norm, howDoI, app !== undefined);
    if (about) return { topic: 'portal', about, ...(app && (about === 'grant' || about === 'revoke') ? { application: app.names } : {}) };
  }
  if (anyOf(norm, MY_ENTITIES) && anyOf(norm, ME)) {
    return { topic: 'myEntities', entities: vocab.entities.map((e) => `${e.name} (${e.inami})`) };
  }
  if (anyOf(norm, WHICH_APPLICATIONS) && anyOf(norm, CAN_GIVE)) return { topic: 'applications', names: vocab.applications.map((a) => a.names) };
  if (anyOf(norm, WHAT_IS) && !anyOf(norm, STATUS) && words <= 8) {
    const codes = namedApplications();
    const app = codes.length === 1 ? vocab.applications.find((a) => a.code === codes[0]) : undefined;
    if (app) return { topic: 'application', code: app.code, names: app.names };
  }
  return undefined;
}
