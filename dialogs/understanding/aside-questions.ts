import type { Names } from '../../src/domain/locale';
import { hasAny, normalize } from './parse';

/**
 * A question asked in the middle of a request that is about Sésame or the portal, not about anyone: how
 * long an access takes to be active, what an application is, which entities the manager acts for, which
 * applications can be given, how something is done on the portal itself. It is answered beside the request
 * and the question waiting is asked again (issue 12, point 6); it never sets, corrects nor confirms anything.
 * Pure: what the answer needs (the names, the entities) is taken from the vocabulary into the command.
 */
export type PortalTopic = 'quality' | 'newUser' | 'designate' | 'grant';
export type AsideQuestion =
  | { topic: 'activationDelay' }
  | { topic: 'application'; code: string; names: Names }
  | { topic: 'myEntities'; entities: string[] }
  | { topic: 'applications'; names: Names[] }
  | { topic: 'portal'; about: PortalTopic }
  /** "who is manager of Sainte-Anne?": who manages an entity's access, which the chat does not list; how to designate is said. */
  | { topic: 'whoManages' }
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
const fold = (text: string) => ` ${normalize(text).replace(/['’-]/g, ' ').replace(/[?!.,;:«»"()]/g, ' ').replace(/\s+/g, ' ').trim()} `;
const anyOf = (norm: string, phrases: readonly string[]) => phrases.some((p) => norm.includes(` ${p} `));

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
    'co verwalter', 'zugangsverwalter', 'benennen', 'co manager', 'comanager', 'access manager', 'designate', 'appoint']],
  ['newUser', ['nouveau medecin', 'nouvelle personne', 'nieuwe arts', 'nieuwe dokter', 'neuen arzt', 'neue arztin', 'new doctor', 'nouvel utilisateur', 'nouveau utilisateur', 'creer un utilisateur', 'ajouter un utilisateur', 'creer un compte', 'nieuwe gebruiker', 'gebruiker aanmaken', 'gebruiker toevoegen', 'gebruiker aan',
    'neuen benutzer', 'benutzer anlegen', 'benutzer erstellen', 'benutzer hinzufugen', 'new user', 'create a user', 'add a user', 'create an account']],
  ['quality', ['qualite', 'hoedanigheid', 'kwaliteit', 'qualitat', 'quality']],
  // "hoe geef ik iemand toegang tot het portaal?", "how do I make someone a hospital pharmacist's collaborator?": how a grant is done.
  ['grant', ['toegang', 'acces', 'access', 'zugang', 'collaborateur', 'collaborator', 'medewerker', 'mitarbeiter', 'medecin', 'arts', 'dokter', 'arzt', 'doctor', 'pharmacien', 'apotheker', 'pharmacist',
    'application', 'applications', 'toepassing', 'anwendung', 'donner', 'geef', 'geven', 'give', 'grant', 'erteilen', 'gebe']],
];
/** "comment je fais pour", "hoe geef ik", "how do I", "wie gebe ich": a how-to asked of oneself, not a request. */
const HOW_DO_I = ['comment je', 'comment on', 'comment faire', 'comment fait on', 'comment puis je', 'comment est ce que', 'hoe geef ik', 'hoe doe ik', 'hoe kan ik', 'hoe moet ik', 'hoe maak ik', 'hoe voeg ik',
  'how do i', 'how can i', 'how should i', 'how would i', 'how to', 'wie gebe ich', 'wie kann ich', 'wie mache ich', 'wie erteile ich', 'wie fuge ich', ...STEPS];

/** The question, if the message asks one of these; undefined for anything else (a request, a status question, an answer). */
export function asideQuestion(text: string, vocab: AsideVocabulary, namedApplications: () => string[]): AsideQuestion | undefined {
  const norm = fold(text);
  const words = norm.trim().split(' ').length;
  if (words > 16) return undefined;
  if (anyOf(norm, DELAY)) return { topic: 'activationDelay' };
  if (anyOf(norm, HOW)) {
    // "how": the portal's own topics; how a grant is done only when asked of oneself ("how do I …"), never "how is Jan's access".
    const topic = PORTAL_TOPICS.find(([about, phrases]) => anyOf(norm, phrases) && (about !== 'grant' || anyOf(norm, HOW_DO_I)));
    // "comment j'active une qualité ?" is about the portal even without the word "portail": Sésame activates it itself.
    if (topic && (topic[0] !== 'quality' || hasAny(norm, ['activ', 'active', 'activer', 'activeer', 'activeren', 'aktivier', 'aktivieren', 'activate', 'portail', 'portaal', 'portal']))) return { topic: 'portal', about: topic[0] };
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
