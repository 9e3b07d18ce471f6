import type { ChatRefusal, ImpossibleReason, ManagerRole, PeopleChatCatalog, SideQuestion } from './manage.catalog';
import { brusselsMidnight, dayAfter, formatDate, formatDateTime } from '../domain/dates';
import { countOf, formatDelay, joinList, roleNamed } from './format';
import { appsOf, auditLines, filterText, lines, where, type ManageWords } from './manage.format';

const L = 'en';
const W: ManageWords = {
  status: { invited: 'invited', active: 'active', disabled: 'disabled' },
  noApplication: 'no application',
  filter: { application: 'application', status: 'status', lastName: 'name', firstName: 'first name', username: 'username', collaborators: 'collaborators' },
  actions: {
    grantAccess: 'granted access', activateGrant: 'activated the access', revokeAccess: 'revoked the access', deactivateGrant: 'deactivated the access',
    createUser: 'created the user', assignFunction: 'assigned the function', activateFunction: 'activated the function', endFunction: 'ended the function',
    deactivateFunction: 'closed the function', removeUser: 'removed the person from the entity', removeMembership: 'removed the person from the capacity',
    keepGrant: 'kept the access (new request)', cancelGrant: 'cancelled the pending access', setPassword: 'password chosen', issueInvitation: 'invitation sent',
    activateQuality: 'activated the capacity', designateManager: 'designated an access manager', removeManager: 'removed an access manager', viewUsers: 'viewed the users', viewNiss: 'viewed national numbers', diagnose: 'asked for a diagnosis', viewAudit: 'read the history',
  },
  otherAction: 'did another operation',
  system: 'Sésame (automatically)',
  behalf: 'on behalf of',
  refused: 'refused',
};
const QUESTION: Record<SideQuestion, string> = {
  entity: `I am asking for the entity of this request: give its number in the list or its name, for example "1" or "Sainte-Anne".`,
  quality: `I am asking for the quality: give its number in the list or its name, for example "1" or "hospital".`,
  person: `I am asking which person this is: give their number in the list, their name or their NISS, for example "1" or "80.05.15-123.75".`,
  niss: `I am asking for the person's NISS (11 digits), for example "80.05.15-123.75".`,
  revokeWhich: `I am asking which applications to revoke: name them, for example "Colindos" or "Colindos and Hospiliss".`,
  endDate: `I am asking for the end date, for example "31-12-2027".`,
  identifier: `I am asking whom you designate: their name, portal username, e-mail or NISS, for example "Sarah Moens" or "sarahmoens".`,
  bulkApplications: `I am asking which applications to grant, for example "Colindos and Hospiliss".`,
  confirm: `I am asking you to confirm: answer "yes" or "no".`,
  page: `The list is shown above: "next" shows the rest, "export" sends it as a file.`,
};
/** Candidates as a numbered list, one a line. */
const numbered = (items: readonly string[]) => items.map((x, i) => `${i + 1}. ${x}`).join('\n');
const ROLE: Record<ManagerRole, string> = { GA: 'access manager', CO_RAE: 'Co-RAE' };
const REFUSAL: Record<ChatRefusal, string> = {
  viewUsers: "view this entity's users", viewNiss: 'see or search national numbers', revokeAccess: 'take access away',
  designateManager: 'designate or remove access managers (that is the RAE\'s role)', grantAccess: 'grant access', viewAudit: "read this entity's history",
  diagnose: "diagnose this entity's access", other: 'do that',
};
const REASONS: Record<ImpossibleReason, string> = { unknownApplication: 'I do not know that application', applicationNotInQuality: 'that application is not part of this capacity', applicationNotInEntity: 'no capacity of this entity gives these applications', unknownQuality: 'that capacity is unknown', unknownUser: 'that person is unknown', invalidRole: 'that role cannot be given this way', other: 'the request does not match the data' };

/** The first instant without a function whose last day is `lastDay`: the next midnight in Brussels. */
const firstDayWithout = (lastDay: string) => formatDateTime(brusselsMidnight(dayAfter(lastDay)), L);

export const manageEn: PeopleChatCatalog = {
  listHeader: ({ entity, quality, filters, from, to, total }) => `Users of ${where(entity, quality, L)}${filterText(filters, L, W)}: ${from} to ${to} of ${total}.`,
  listLines: ({ people }) => lines(people, W),
  listNone: ({ entity, filters }) => `No users of ${entity}${filterText(filters, L, W)}.`,
  listMore: () => `Say "next 10" to go on, or "export to Excel" to get everything in a file.`,
  listEnd: () => `That is the whole list.`,
  listNissHidden: () => `(National numbers hidden: your role does not allow you to see them.)`,
  askEntityFor: () => `For which entity?`,
  askQualityFor: ({ entity }) => `Which capacity of ${entity}?`,
  exportReady: ({ fileName, count, nissHidden }) => `Here is the export of ${countOf(count, L, 'user', 'users')}: ${fileName}.${nissHidden ? ' Without the national number column, which your role may not see.' : ''}`,
  exportTeams: () => `I am offering you the file: accept it to save it in your OneDrive.`,
  unknownPerson: ({ niss }) => `No user has the national number ${niss}.`,
  notYourUser: ({ niss }) => `No user of your entities has the national number ${niss}, so there is nothing to change in them.`,
  noUserNamed: ({ name }) => `No user of your entities is called ${name}.`,
  noRoleThere: ({ entity, yours }) => `You hold no role in the entity ${entity}; your entities: ${joinList(yours, 'en')}. Nothing was changed.`,
  unknownEntityThere: ({ entity, yours }) => `I know no entity “${entity}”; your entities: ${joinList(yours, 'en')}.`,
  notMember: ({ person, entity }) => `${person} is not part of ${entity}.`,
  nothingToRevoke: ({ person, entity }) => `${person} has no access to take away in ${entity}.`,

  notHeldNamed: ({ person, entity, applications, held, others }) =>
    others
      ? `${person} does not have ${appsOf(applications, L)}: nothing to take away there.`
      : `${person} does not have ${appsOf(applications, L)}: nothing to take away. ${held.length ? `Their access in ${entity}: ${appsOf(held, L)}.` : `${person} has no access in ${entity}.`}`,
  setAside: ({ what, person, answer }) =>
    `I am leaving aside ${{ revoke: 'taking away access', endFunction: 'ending the function', removeUser: 'removing from the entity', designate: 'the designation', bulk: 'the bulk grant' }[what]}${person ? ` for ${person}` : ''} that was waiting for your ${answer ? 'answer' : 'confirmation'}: nothing was changed.`,
  askRevokeWhich: ({ person }) => `Which access of ${person} should I take away?`,
  confirmRevoke: ({ person, entity, applications, delayMs }) =>
    `I will take away ${person}'s access to ${appsOf(applications, L)} (${entity}). It takes effect in ${formatDelay(delayMs, L)}, and you will be told. Shall I confirm?`,
  noFunction: ({ person, entity }) => `${person} holds no current function in ${entity}.`,
  askEndDate: ({ person, fn }) => `On which date does ${person}'s function “${fn.en}” end? (for example 31-12-2026)`,
  badEndDate: ({ past }) => (past ? `${formatDate(past, L)} is already past: the last day must come after today, for example 31-12-2026.` : `I need a date to come, for example 31-12-2026.`),
  confirmEndFunction: ({ person, fn, entity, lastDay, currentLastDay, sooner }) =>
    `${person}'s function “${fn.en}” (${entity}) will end; last day: ${formatDate(lastDay, L)} (inactive from ${firstDayWithout(lastDay)}).${currentLastDay ? ` It was to end on ${formatDate(currentLastDay, L)}: it will ${sooner ? 'end earlier' : 'be extended'}.` : ''} Shall I confirm?`,
  functionAlreadyEnds: ({ person, fn, entity, lastDay }) =>
    `${person}'s function “${fn.en}” (${entity}) already ends on ${formatDate(lastDay, L)}: nothing to do.`,
  confirmCancelFunction: ({ person, fn, entity, startDate, lastDay }) =>
    `${person}'s function “${fn.en}” (${entity}) has not started yet (from ${formatDate(startDate, L)}): ending it on ${formatDate(lastDay, L)} means it never starts. Shall I cancel it?`,
  confirmRemoveUser: ({ person, entity, quality, delayMs, keepsRoles }) =>
    `I will remove ${person} from ${where(entity, quality, L)}, with all their access and functions, in ${formatDelay(delayMs, L)}.${keepsRoles ? ` ${person} stays ${joinList(keepsRoles.map((r) => ROLE[r]), L)} of ${entity}: removing a user does not take that role away (to do so, write for example “${person} is no longer ${ROLE[keepsRoles[0]!]}”).` : ''} Shall I confirm?`,
  askIdentifier: ({ role, entity, remove }) =>
    remove
      ? `Who should no longer be ${ROLE[role]} of ${entity}? Give their name, portal username, e-mail or NISS.`
      : `Who becomes ${ROLE[role]} of ${entity}? Give the name, portal username, e-mail or NISS of a user of ${entity}.`,
  designeeUnknown: ({ said, entity }) => `"${said}" matches no user of ${entity}: I do not give a role to an unknown identifier.`,
  designeeCandidates: ({ said, candidates, near, entity }) =>
    near && candidates.length === 1
      ? `No user of ${entity} matches "${said}" exactly. Do you mean ${candidates[0]}? Answer "yes", or give another name.`
      : near
        ? `No user of ${entity} matches "${said}" exactly. Do you mean one of these people?\n${numbered(candidates)}\nGive the number, or another name.`
        : `Several users of ${entity} match "${said}":\n${numbered(candidates)}\nWhich one? Give the number or the username.`,
  designeeDeclined: () => `All right, nobody from this list.`,
  confirmDesignate: ({ name, username, role, entity, remove, said }) =>
    remove ? `${name} (username ${username}) will no longer be ${roleNamed(ROLE[role], said)} of ${entity}. Shall I confirm?` : `${name} (username ${username}) will be ${roleNamed(ROLE[role], said)} of ${entity}. Shall I confirm?`,
  designated: ({ name, role, entity, remove, changed, said }) =>
    !changed
      ? remove ? `${name} was not ${roleNamed(ROLE[role], said)} of ${entity}: nothing to do.` : `${name} already is ${roleNamed(ROLE[role], said)} of ${entity}: nothing to do.`
      : remove ? `Done: ${name} is no longer ${roleNamed(ROLE[role], said)} of ${entity}.` : `Done: ${name} is ${roleNamed(ROLE[role], said)} of ${entity} and can write to me now.`,
  askBulkApplications: () => `Which applications should I give these people?`,
  bulkNothingToDo: () => `No line to process: nothing was recorded.`,
  bulkDone: ({ ok, failed }) => `Finished: ${countOf(ok, L, 'person', 'people')} processed${failed ? `, ${failed} failed` : ''}.`,
  auditHeader: ({ niss, person, application }) => `History of ${person ? `${person} (${niss})` : niss}${application ? ` for ${application.en}` : ''}:`,
  auditLines: ({ lines: ls }) => auditLines(ls, L, W),
  auditNone: ({ niss, application }) => `Nothing in the history for ${niss}${application ? ` and ${application.en}` : ''}.`,
  refused: ({ action, designation: d }) =>
    d
      ? `Your role does not allow you to ${d.remove ? 'remove' : 'designate'} ${/^[aeiou]/i.test(ROLE[d.role]) ? 'an' : 'a'} ${roleNamed(ROLE[d.role], d.said)}: that is the RAE's role. Nothing was changed.`
      : `Your role does not allow you to ${REFUSAL[action]}. Nothing was changed.`,
  impossible: ({ reason }) => `That is not possible: ${REASONS[reason]}.`,
  notCancelled: () => `All right, I will do nothing.`,
  sideCancelled: () => `Cancelled: nothing was changed.`,
  backToRequest: () => `Let us go back to your access request in progress.`,
  sideHelp: ({ requestWaiting, asking }) => `${asking ? QUESTION[asking] : `I am waiting for your answer to the question below.`}${requestWaiting ? ` Your access request in progress resumes afterwards.` : ''} "cancel" stops this without changing anything; "auf Deutsch bitte", "en français svp"… changes the language.`,
  sideStuck: ({ requestWaiting, asking }) =>
    `I cannot use this answer here. ${QUESTION[asking]} ${requestWaiting ? `Your access request in progress waits, unchanged: "cancel" stops this question without changing anything and takes you back to it.` : `"cancel" stops this without changing anything.`}`,
  identifierIsAnswer: ({ said }) => `"${said}" is an answer, not a person: give the person's name, portal username, e-mail or NISS, or "cancel".`,
  notUnderstoodYesOrNo: ({ text }) => `I did not understand “${text}”: nothing has changed. Answer "yes" to confirm or "no" to cancel, or say what to change.`,
  fileConsentDescription: ({ count }) => `Sésame export of ${countOf(count, L, 'user', 'users')}`,
  exportTooLarge: () => `This file is too large to send here: give criteria (an application, a status, a name) to narrow the list.`,
  fileUploaded: ({ fileName }) => `The file ${fileName} is saved in your OneDrive.`,
  fileDeclined: ({ fileName }) => `All right, I will not send ${fileName}. Ask for a new export whenever you like.`,
  fileExpired: () => `This file offer has expired or was already answered. Ask for a new export.`,
  fileNotYours: () => `This file was prepared for someone else: I cannot send it to you.`,
  fileUploadFailed: () => `I could not save the file in your OneDrive. Try again by asking for a new export.`,
  bulkProgress: ({ done, total }) => `In progress: ${done}/${total} done…`,
};
