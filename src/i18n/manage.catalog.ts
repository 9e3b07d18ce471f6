import type { Names } from '../domain/locale';
import type { CatalogOf, NoticeOf } from './types';

/** One person of a listed page, as the chat shows it; `niss` is null when the reader's role may not see it. */
export interface PersonLine {
  name: string;
  username: string;
  niss: string | null;
  status: 'invited' | 'active' | 'disabled';
  applications: string[];
}

/** What a list was filtered on, to say it back. */
export interface ListFilters {
  application: Names | null;
  status: 'invited' | 'active' | 'disabled' | null;
  lastName: string | null;
  firstName: string | null;
  username: string | null;
  collaborators: boolean;
}

export interface AuditLine {
  at: number;
  action: string;
  by: string | null;
  onBehalfOf: string | null;
  refused: boolean;
}

/** The question a people request asks (its slot, 'people.<question>'). */
export type SideQuestion = 'entity' | 'quality' | 'person' | 'niss' | 'revokeWhich' | 'endDate' | 'identifier' | 'bulkApplications' | 'confirm' | 'page';
export type ChatRefusal = 'viewUsers' | 'viewNiss' | 'revokeAccess' | 'designateManager' | 'grantAccess' | 'viewAudit' | 'diagnose' | 'other';
export type ManagerRole = 'GA' | 'CO_RAE';
export type ImpossibleReason = 'unknownApplication' | 'applicationNotInQuality' | 'applicationNotInEntity' | 'unknownQuality' | 'unknownUser' | 'invalidRole' | 'other';

/**
 * What Sésame says in the people-management conversations (lists, exports, taking access away,
 * designations, bulk grants, the audit log), besides the sentences of people.catalog.ts it reuses.
 * Same typed pattern as grant.catalog.ts: a sentence missing in one language fails tsc.
 */
export interface PeopleChatParams {
  listHeader: { entity: string; quality: Names | null; filters: ListFilters; from: number; to: number; total: number };
  listLines: { people: PersonLine[] };
  listNone: { entity: string; filters: ListFilters };
  listMore: void;
  listEnd: void;
  listNissHidden: void;
  askEntityFor: { what: 'list' | 'export' | 'revoke' | 'designate' | 'bulk' | 'audit' };
  askQualityFor: { entity: string };
  exportReady: { fileName: string; count: number; nissHidden: boolean };
  exportTeams: void;
  unknownPerson: { niss: string };
  /** A user of other entities only: not named, answered as no user of the manager's entities. */
  notYourUser: { niss: string };
  /** A person named by name whom no user of the manager's entities matches: their NISS is asked next. */
  noUserNamed: { name: string };
  /** An entity named where the manager holds no role: refused as named, with the entities they do hold a role in. */
  noRoleThere: { entity: string; yours: string[] };
  /** A place named that is no entity known ("aus dem Marienhospital"): said, never passed over (trial 8). */
  unknownEntityThere: { entity: string; yours: string[] };
  notMember: { person: string; entity: string };
  nothingToRevoke: { person: string; entity: string };
  /** Applications named for a revocation that the person does not hold: said at once; `held` is what they hold there, `others` whether the rest is still taken away. */
  notHeldNamed: { person: string; entity: string; applications: Names[]; held: Names[]; others: boolean };
  /** A new request typed while one waited for its confirmation: the waiting one is left, nothing done. */
  /** A request set aside for another; answer: it was waiting for an answer to one of its questions, not for the confirmation. */
  setAside: { what: 'revoke' | 'endFunction' | 'removeUser' | 'designate' | 'bulk'; person: string; answer?: boolean };
  askRevokeWhich: { person: string };
  confirmRevoke: { person: string; entity: string; applications: Names[]; delayMs: number };
  noFunction: { person: string; entity: string };
  askEndDate: { person: string; fn: Names };
  /** past: the day given, gone by (named, and called past). */
  badEndDate: { past?: string };
  /** lastDay: the last day the function is held; currentLastDay: its own last day, when the end said moves it (later, or earlier: sooner). */
  confirmEndFunction: { person: string; fn: Names; entity: string; lastDay: string; currentLastDay?: string; sooner?: boolean };
  /** The function already ends on the day said (its end date, or an end already asked): nothing is recorded again. */
  functionAlreadyEnds: { person: string; fn: Names; entity: string; lastDay: string };
  /** The function has not started: an end before its start means it never starts. */
  confirmCancelFunction: { person: string; fn: Names; entity: string; startDate: string; lastDay: string };
  /** `keepsRoles`: the manager roles the person holds at the entity, which a removal as a user leaves in place. */
  confirmRemoveUser: { person: string; entity: string; quality: Names | null; delayMs: number; keepsRoles?: ManagerRole[] };
  /** Who is to be designated (or no longer be): a user of the entity, by name, portal username, e-mail or NISS. */
  askIdentifier: { role: ManagerRole; entity: string; remove: boolean };
  /** The words given match no user of the entity: nothing is taken as an id. */
  designeeUnknown: { said: string; entity: string };
  /** Those the words may mean, "Sarah Moens (sarahmoens)"; near: none matches exactly, a yes or a choice is needed. */
  designeeCandidates: { said: string; candidates: string[]; near: boolean; entity: string };
  designeeDeclined: void;
  /** Who exactly gets (or loses) the role: their name and portal username. */
  /** said: the role as the manager typed it ('co-beheerder'), named beside the portal's ('Co-VTE'). */
  confirmDesignate: { name: string; username: string; role: ManagerRole; entity: string; remove: boolean; said?: string };
  designated: { name: string; role: ManagerRole; entity: string; remove: boolean; changed: boolean; said?: string };
  askBulkApplications: void;
  bulkNothingToDo: void;
  bulkDone: { ok: number; failed: number };
  auditHeader: { niss: string; person: string | null; application: Names | null };
  auditLines: { lines: AuditLine[] };
  auditNone: { niss: string; application: Names | null };
  /** designation: a designation refused, said with the role asked (in the manager's words too), not as any manager. */
  refused: { action: ChatRefusal; designation?: { role: ManagerRole; remove: boolean; said?: string } };
  impossible: { reason: ImpossibleReason };
  notCancelled: void;
  sideCancelled: void;
  backToRequest: void;
  /** "aide" or "où en est-on ?" while a list, a removal or a guide waits for an answer. */
  sideHelp: { requestWaiting: boolean; asking?: SideQuestion | undefined };
  /** An answer not usable at a side question, with a grant waiting or the third time: the question explained, and the way out. */
  sideStuck: { requestWaiting: boolean; asking: SideQuestion };
  /** At a confirmation, a message that changed nothing: said back as typed, and the question asked again. */
  notUnderstoodYesOrNo: { text: string };
  /** A yes, a no or an ok typed where the person to designate is asked (and nobody offered): an answer, never a person. */
  identifierIsAnswer: { said: string };
  fileConsentDescription: { count: number };
  exportTooLarge: void;
  fileUploaded: { fileName: string };
  fileDeclined: { fileName: string };
  fileExpired: void;
  fileNotYours: void;
  fileUploadFailed: void;
  bulkProgress: { done: number; total: number };
}

export type PeopleChatKey = keyof PeopleChatParams;
export type PeopleChatCatalog = CatalogOf<PeopleChatParams>;
export type PeopleChatNotice = NoticeOf<PeopleChatParams>;
