import type { PortalTopic } from '../../dialogs/understanding/aside-questions';
import type { Catalog, Change, NameInvalidParams, Summary } from './grant.catalog';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import { formatDate, formatDateTime } from '../domain/dates';
import { bullet, changesNothing, formatDelay, joinList, word } from './format';

const L = 'en';
const at = (t: number) => formatDateTime(t, L);

const HELP: Record<Slot, string> = {
  entity: `the entity (hospital) you act for: its number in the list, its name or its NIHDI number (e.g. 710087-50).`,
  quality: `the capacity: its number in the list or its name (e.g. "hospital").`,
  activateQuality: `yes to activate this capacity with the access, no to choose another one.`,
  niss: `the person's NISS: 11 digits, with or without dots and dashes (e.g. 80.05.15-123.75).`,
  confirmPerson: `yes if this is the right person, no to give another NISS.`,
  username: `a username: 6 to 30 characters, letters without accents, digits, . - _ (e.g. mdupont).`,
  usernameConfirm: `the same username again, to avoid a typo.`,
  lastName: `the last name (e.g. Dupont).`,
  firstName: `the first name (e.g. Marie).`,
  title: `a title (e.g. Dr) or "none".`,
  language: `the person's language: French, Dutch, German or English.`,
  email: `their e-mail address (e.g. marie.dupont@hospital.be).`,
  localEmail: `a local e-mail address, or "none".`,
  applications: `one or more applications, by name or number (e.g. "Colindos, Hospiliss" or "1 and 3").`,
  role: `what the person is: doctor, pharmacist, or assistant (of a doctor or a pharmacist).`,
  function: `whose assistant the person is: specialist doctor or hospital pharmacist.`,
  startDate: `the start date of the function (e.g. 01-03-2027, "next Monday", "1 March").`,
  endDate: `an end date after the start date (e.g. 31-12-2027), or "none".`,
  confirm: `yes to record it, no to cancel everything, or a correction (e.g. "change the date", "not Colindos").`,
};

/** "A", "A or B", "A, B or C": built directly, since names themselves may contain " and ". */
const nameProblems = ({ problems, forbidden, max }: NameInvalidParams) =>
  problems
    .map(
      (p) =>
        ({
          empty: `it is empty`,
          tooLong: `${max} characters at most`,
          mustStartWithLetter: `it must start with a letter`,
          answerWord: `that is an answer (yes, no, ok, cancel), not a name`,
          forbiddenCharacters: `characters not allowed: ${forbidden.map((c) => `“${c}”`).join(', ')}`,
        })[p],
    )
    .join('; ');

/** How a portal task is done (shared/seeds), or that the procedure gives no steps for it, and what Sésame does instead. */
const PORTAL_HOW: Record<PortalTopic, (app?: string) => string> = {
  grant: (app) => (app ? `On the portal: in "Access management", choose the organisation and the capacity, find the person in the user list (or type their NISS under "Add a user"), tick "${app}" under "Secured applications", save and confirm; the access is active within 20 minutes at most. Here, just tell me, for example "give ${app} to Jan Peeters"; "guide ${app}" shows you the portal step by step.` : `On the portal: in "Access management", choose the organisation and the capacity, type the person's NISS, tick the applications and, for a collaborator, their function with its start date, then confirm. Here, just tell me, for example "give Colindos to 80.05.15-123.75 at Hôpitaux IRIS Sud, hospital pharmacist's collaborator from 1 March"; "guide Colindos" shows you step by step how to do it on the portal.`),
  quality: () => `On the portal: in "Access management", choose the organisation, then the capacity in the "List of qualities" (for example "Healthcare provider: hospital"); if it is not active, tick "Activate the quality" and click "Next". Here, I activate it with the access when it is needed.`,
  newUser: () => `On the portal: in "Access management", after the organisation and the capacity, type the person's NISS under "Add a user" and click "Next", then fill in the username, password, last name, first name and e-mail address. Here, just give me their NISS in an access request: I add them.`,
  function: () => `On the portal: in the menu "Quality management", open "Functions and responsibility hierarchy", click the first icon to the right of the collaborator, choose "specialist doctor collaborator" or "hospital pharmacist collaborator" in the drop-down menu, enter the start date (dd-mm-yyyy) and click "Add". A (specialist) doctor or hospital pharmacist needs no function. Here, tell me with the access, for example "Colindos for Jan Peeters, hospital pharmacist's collaborator from 1 March".`,
  endFunction: () => `The portal procedure gives no steps to end a function: it only shows how to add one (menu "Quality management" > "Functions and responsibility hierarchy", where "Functions held" has an "End date" column). Here, I do it for you: write for example "end the function of Jan Peeters on 31 March".`,
  remove: () => `The portal procedure gives no steps to take someone off the entity; the "Users" list it shows has a tick box for each person and a "Delete users" button. Here, I do it for you: write for example "remove Jan Peeters from Sainte-Anne".`,
  revoke: (app) => `The portal procedure gives no steps to take an application away from someone. Here, I do it for you: write for example "revoke ${app ?? 'TCT'} from Jan Peeters".`,
  designate: () => `The portal procedure gives no steps to designate an access manager: it only says that the Main Access Manager designates them in "Access management". Here, I do it for you: write for example "make Els Janssens access manager of Sainte-Anne".`,
};
export const en: Catalog = {
  welcome: ({ name }) =>
    `Hello ${name}, I am Sésame. I give access to the secured social security applications (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…) in a short conversation. Write to me to start; type “help” at any time, or “cancel” to stop everything.`,
  starterGrant: () => `Grant access`,
  starterUsers: () => `List users`,
  starterWhy: () => `Why does someone have no access?`,
  noEntity: () =>
    `You have no role that allows you to give access (RAE, Co-RAE or access manager). Ask the RAE of your entity.`,
  whatNext: () => `Write to me when you want to give new access.`,
  askEntity: () => `Which entity are you working for?`,
  onlyEntity: ({ entity, inami }) => `Entity: ${entity}, NIHDI (INAMI) number ${inami}.`,
  entityOfPerson: ({ entity, inami, person }) => `Entity: ${entity}, NIHDI (INAMI) number ${inami}: the only one of your entities where ${person} is a user. For another one, say “change the entity”.`,
  askQuality: ({ entity }) => `Which capacity (“qualité”) of ${entity}?`,
  onlyQuality: ({ quality }) => `Capacity (“qualité”): ${quality.en}.`,
  askActivateQuality: ({ quality }) =>
    `The capacity “${quality.en}” is not activated yet. Do you want to activate it? It will be activated with the access, on confirmation.`,
  qualityInactiveNoRight: ({ quality }) =>
    `The capacity “${quality.en}” is not activated and your role does not allow you to activate it: ask the RAE or the Co-RAE.`,
  qualityNotActivated: ({ quality }) => `All right, the capacity “${quality.en}” stays inactive.`,
  askNiss: () => `What is the person's national number (NISS)? (11 digits, for example 80.05.15-123.75)`,
  nissInvalid: ({ problem, length, digits }) =>
    ({
      empty: `I did not receive a national number.`,
      characters: `A national number contains only digits (dots, dashes and spaces are accepted).`,
      length: `A national number has 11 digits; I counted ${length ?? 0}.`,
      birthDate: `The first 6 digits of a national number are a date of birth (YYMMDD); this one does not exist.`,
      checksum: `The last two digits${digits ? ` (${digits})` : ''} are check digits and do not match the first nine: a typo?`,
    })[problem] + ` Check the number and send it again.`,
  askConfirmPerson: ({ name, username }) => `I found ${name} (user ${username}). Is this the right person?`,
  personUnknown: ({ niss }) => `No user has the national number ${niss}. Let's create one together (you will not be asked for any password).`,
  askUsername: () =>
    `Which username should they get? (6 to 30 characters: letters without accents, digits, dot, hyphen or underscore; starts with a letter)`,
  usernameInvalid: ({ problems, forbidden }) =>
    `This username is not suitable: ` +
    problems
      .map(
        (p) =>
          ({
            tooShort: `it needs at least 6 characters`,
            tooLong: `it can have at most 30 characters`,
            mustStartWithLetter: `it must start with a letter`,
            forbiddenCharacters: `characters not allowed: ${forbidden.map((c) => `“${c}”`).join(', ')}`,
            onlyDigits: `it cannot be made of digits only`,
            repeatedSeparators: `no two . - _ signs in a row`,
          })[p],
      )
      .join('; ') +
    '.',
  usernameTaken: ({ username }) => `The username “${username}” is already taken. Choose another one.`,
  askUsernameConfirm: () => `Type the username again to confirm.`,
  usernameMismatch: () => `The two entries are not the same. Let's start the username again.`,
  askLastName: () => `Their last name?`,
  askFirstName: () => `Their first name?`,
  nameInvalid: (p) => `This name will not do: ${nameProblems(p)}. A name contains only letters, spaces, hyphens, apostrophes or dots.`,
  askTitle: () => `Their title (Dr, Prof., Apr.…)? Answer “none” if they have none.`,
  titleInvalid: (p) => `This title will not do: ${nameProblems(p)}. A title contains only letters, spaces, hyphens, apostrophes or dots (e.g. Dr, Prof.).`,
  askLanguage: () => `Their language: French, Dutch, German or English?`,
  languageInvalid: () => `I know French, Dutch, German and English.`,
  askEmail: () => `Their e-mail address (required)?`,
  emailInvalid: () => `This e-mail address is not valid (example: firstname.lastname@hospital.be).`,
  askLocalEmail: () => `A local e-mail address (optional)? Answer “none” to skip.`,
  askApplications: ({ quality }) =>
    `Which applications for the capacity “${quality.en}”? You can name one or several, for example “Colindos, Hospiliss”.`,
  applicationsUnknown: ({ texts, candidates }) =>
    `I cannot find ${joinList(texts.map((t) => `“${t}”`), L)} among the applications${candidates.length ? `: did you mean ${joinList(candidates.map((c) => c.en), L, 'or')}?` : '. Give its name as it appears in the list.'}`,
  applicationsAmbiguous: ({ text, candidates }) =>
    `“${text}” can mean ${joinList(candidates.map((c) => c.en), L, 'or')}: please say which one.`,
  askRole: () => `Is this person a (specialist) doctor, a hospital pharmacist, or a collaborator of one of them?`,
  roleInvalid: () => `Answer “doctor”, “pharmacist” or “collaborator” (or 1, 2, 3).`,
  alreadyHasFunction: ({ fn, startDate, started, asked }) =>
    asked
      ? `You ask for the function “${asked.en}”, but this person already has the function “${fn.en}” ${started ? 'since' : 'from'} ${formatDate(startDate, L)}, and I do not change a function in place: the access will use “${fn.en}”. For “${asked.en}”, end “${fn.en}” first, or say “cancel”.`
      : `This person already has the function “${fn.en}” ${started ? 'since' : 'from'} ${formatDate(startDate, L)}: nothing to add.`,
  askFunction: () => `Whose collaborator: a specialist doctor's or a hospital pharmacist's?`,
  functionInvalid: () => `Answer “specialist doctor” or “hospital pharmacist” (or 1, 2).`,
  askStartDate: () => `From what date does the function start? (dd/mm/yyyy)`,
  askEndDate: ({ startDate }) =>
    `An end date (after ${formatDate(startDate, L)})? Answer “none” if the function has no end.`,
  dateInvalid: ({ problem, startDate, which, date }) =>
    ({
      format: `I did not understand this date. Write it as dd/mm/yyyy, for example 01/03/2027.`,
      invalid: `This date does not exist in the calendar.`,
      past: `${date ? `${formatDate(date, L)} is already past` : 'This date is already past'}: ` + (which === 'endDate'
        ? `the function must end after today${startDate ? ` and after its start (${formatDate(startDate, L)})` : ''}.`
        : `a function starts today at the earliest.`),
      notAfterStart: `The end date must be after the start date${startDate ? ` (${formatDate(startDate, L)})` : ''}.`,
    })[problem],
  askConfirm: (s) =>
    [
      `Here is what I am going to do:`,
      summaryLines(s),
      ...(s.person.leaving ? [`${s.person.name}'s removal from ${s.entity} is pending: granting keeps ${s.person.name} as a user of ${s.entity}, so the removal will be cancelled.`] : []),
      ...(s.person.status === 'disabled' ? [`Warning: this person's account is disabled. The access will be recorded, but they cannot use it until their account is enabled again: ask the helpdesk to re-enable it.`] : s.person.status === 'invited' ? [`This person has not chosen a password yet: the access will work as soon as they do, with the link they received by e-mail.`] : []),
      s.alreadyHeld.length === s.applications.length && !s.fn && !s.person.leaving
        ? `This person already has all of this: confirming changes nothing. Confirm anyway?`
        : `Access will be active no later than ${formatDelay(s.activationDelayMs, L)} after confirmation. Shall I confirm?`,
    ].join('\n\n'),
  summaryDecided: (s) => [`Access request:`, summaryLines(s)].join('\n\n'),
  yesNoExpected: () => `Please answer yes or no.`,
  notUnderstoodAtConfirmation: ({ text }) => `I did not understand “${text}”: nothing has changed. Please answer yes or no, or say what to change.`,
  invalidChoice: () => `I did not recognise this choice. Give its number or its name.`,
  ambiguousChoice: ({ candidates }) => `Several choices match: ${joinList(candidates, L)}. Which one?`,
  cancelled: () => `Cancelled: nothing has been recorded.`,
  nothingToStop: ({ granted }) =>
    granted
      ? `There is nothing under way to stop: what you confirmed (${joinList(granted.map((a) => a.en), L)}) stays recorded. To take it back, write for example "revoke ${granted[0]!.en} for" followed by the person's NISS.`
      : `There is nothing under way to stop: no request is open, nothing has changed.`,
  grantDone: ({ person, now, replayed, grants, fn, removalCancelled }) => {
    const nothing = changesNothing(replayed, grants, fn);
    const since = (t: number) => (now !== undefined && t > now ? `active from ${at(t)}` : `active since ${at(t)}`);
    const fnDates = (f: NonNullable<typeof fn>) => `${f.endDate ? ` until ${formatDate(f.endDate, L)}` : ', no end date'}`;
    const changed = [
      ...grants.filter((g) => !g.alreadyHeld).map((g) => `${g.names.en}: active from ${at(g.activeAt)}`),
      ...(fn && !fn.alreadyHeld ? [`Function “${fn.names.en}”: active from ${at(fn.activeAt)}${fnDates(fn)}`] : []),
    ];
    const held = [
      ...grants.filter((g) => g.alreadyHeld).map((g) => `${g.names.en} (${since(g.activeAt)})`),
      ...(fn?.alreadyHeld ? [`Function “${fn.names.en}” (${now !== undefined && fn.activeAt > now ? 'from' : 'since'} ${formatDate(fn.startDate, L)})`] : []),
    ];
    const names = [...grants.filter((g) => !g.alreadyHeld).map((g) => g.names.en), ...(fn && !fn.alreadyHeld ? [`the function “${fn.names.en}”`] : [])];
    return [
      replayed ? `This was already done; nothing was recorded a second time:` : nothing ? `${person} already had all of this; nothing changes:` : `Recorded for ${person}:`,
      ...(replayed || nothing ? [bullet([...changed, ...held])] : [bullet(changed), ...(held.length ? [`Already in place, unchanged:\n${bullet(held)}`] : [])]),
      ...(removalCancelled ? [`${person}'s removal from ${removalCancelled.entity} is cancelled: ${person} stays a user of ${removalCancelled.entity}.`] : []),
      nothing ? `Nothing has changed: there is nothing to activate.` : `I will let you know here when it is active${held.length ? `: ${joinList(names, L)}` : ''}. The times shown are Brussels time.`,
    ].join('\n\n');
  },
  alreadyDone: () => `This is already done: nothing was recorded a second time.`,
  executionFailed: ({ reason }) =>
    ({
      forbidden: `Your role does not allow this operation in this entity or capacity: nothing has been recorded.`,
      nissExists: `In the meantime, someone created a user with this national number: nothing has been recorded. Start the request again to find them.`,
      usernameTaken: `In the meantime, this username was taken: nothing has been recorded. Start again with another one.`,
      qualityInactive: `The capacity is not activated: nothing has been recorded.`,
      invalid: `The request is no longer valid (catalogue changed?): nothing has been recorded.`,
      unavailable: `I could not record it (database unavailable): nothing has been recorded. Answer “yes” to try again.`,
    })[reason],
  conversationRestarted: () => `Sésame has been updated and our previous conversation could not be resumed: let's start again.`,
  activated: ({ person, applications, fn, account }) => {
    if (account === 'disabled' || account === 'invited') {
      const what = joinList([...applications.map((a) => a.en), ...(fn ? ['the function ' + fn.names.en] : [])], L);
      return account === 'disabled' ? `Recorded for ${person}: ${what}. But their account is disabled: they cannot use it until the account is enabled again. Ask the helpdesk to re-enable it.` : `It is ready: ${person} will have access to ${what} as soon as they choose their password, with the link they received by e-mail.`;
    }
    return (
      `It is active: ${person} now has access to ${joinList(applications.map((a) => a.en), L)}` +
      (fn ? `${applications.length ? ', and ' : ''}the function “${fn.names.en}” (since ${formatDate(fn.startDate, L)})` : '') +
      '.'
    );
  },
  technicalError: () => `A technical problem prevents me from answering; nothing you have given me is lost. Try again in a moment.`,
  cancelledTakenUp: ({ person, entity }) => `I am taking up the request you just cancelled: ${person}${entity ? `, ${entity}` : ''}. Nothing is recorded before you confirm.`,
  datesDropped: () => `Fine: I keep no date.`,
  aside: (q) => {
    switch (q.topic) {
      case 'activationDelay': return `The portal makes an access active within 20 minutes of its confirmation at most; a function, not before its start date.`;
      case 'application': return `"${q.names.en}" is an application of the social security portal, which I can give in the capacity where it exists.`;
      case 'myEntities': return q.entities.length ? `You manage access for: ${joinList(q.entities, L)}.` : `You hold no management role in any entity.`;
      case 'applications': return `I can give these applications (depending on the capacity): ${joinList(q.names.map((n) => n.en), L)}.`;
      case 'portal': return PORTAL_HOW[q.about](q.application?.en);
      case 'correctionUnplaced': return `I cannot tell what your correction replaces, so nothing has changed. Please say it again with only the value you mean: the person, the date, the application or the entity.`;
      case 'whoManages': return `I cannot show yet who manages an entity's access. To designate someone, say for example "make Els Janssens access manager of Sainte-Anne".`;
      case 'removeOrRevoke': {
        const apps = joinList(q.applications.map((a) => a.en), L);
        return `Should I remove ${q.name} from the entity (all their access there ends), or only take away ${apps}? Say "remove ${q.name} from the entity" or "revoke ${apps} from ${q.name}". Nothing is done until you say so.`;
      }
    }
  },
  help: ({ slot }) =>
    [
      slot ? `I am waiting for ${HELP[slot]}` : `Tell me in one sentence what to give, for example "give HospiSup to 80.05.15-123.75" or "Colindos for 80051512375 from 1 March, assistant to a doctor".`,
      `At any time: "what have you got so far?" for a summary, "back" for the previous question, "start over", "cancel", "in French please". You can correct anything: "no, the NISS is …", "not Colindos, Hospiliss", "change the date".`,
    ].join('\n\n'),
  recap: (r) =>
    [
      `Here is what I have so far:`,
      bullet([
        `Entity: ${r.entity ?? '—'}`,
        `Capacity: ${r.quality?.en ?? '—'}`,
        `Person: ${r.person ?? (r.niss ? `NISS ${r.niss}` : '—')}`,
        `${word(r.applications.length, L, 'Application', 'Applications')}: ${r.applications.length ? joinList(r.applications.map((a) => a.en), L) : '—'}`,
        ...(r.fn ? [`Function: ${r.fn.en}${r.startDate ? ` from ${formatDate(r.startDate, L)}` : ''}${r.endDate ? ` until ${formatDate(r.endDate, L)}` : r.endDateAsked ? ', no end date' : ''}`] : []),
      ]),
    ].join('\n\n'),
  recapIsSummary: () => `Everything I have is in the summary below: it only awaits your answer.`,
  onlyThese: ({ kept, left, revoke }) =>
    `All right: I ${revoke ? 'revoke' : 'grant'} only ${joinList(kept.map((a) => a.en), L)}${left.length ? `; ${joinList(left.map((a) => a.en), L)} ${left.length > 1 ? 'are' : 'is'} left as ${left.length > 1 ? 'they are' : 'it is'}` : ''}.`,
  stuck: ({ slot }) => `I still do not understand. I am waiting for ${HELP[slot]} Write "help" for more explanation or "cancel" to stop.`,
  startedOver: () => `All right, let us start over.`,
  nothingBefore: () => `There is no question before this one.`,
  languageChanged: () => `All right, I will continue in English.`,
  nothingInProgress: () => `No request is in progress.`,
  whatYouCanDo: () => `You can for example grant access, list the users of an entity or ask why someone has no access.`,
  cancelledEarlier: ({ person, applications }) =>
    `I cancelled the request for ${person}${applications.length ? ` (${joinList(applications.map((a) => a.en), L)})` : ''} just before: nothing was recorded. To make it after all, say it again, for example “${applications.length ? joinList(applications.map((a) => a.en), L) : 'eBirth'} for ${person}”, and I will show you its summary before anything is done.`,
  howCanIHelp: () => `What can I do for you?`,
  youreWelcome: () => `You're welcome. Is there anything else I can do for you?`,
  dateWithoutRequest: ({ date }) =>
    `Which request is this date${date ? ` (${formatDate(date, L)})` : ''} for? No request is in progress: say it in one sentence, with the date, for example "give Colindos to 80051512375 until ${date ? formatDate(date, L) : '30/06/2027'}".`,
  expired: () => `Our conversation was paused for too long: nothing was recorded and I am starting over.`,
  statusAnswer: ({ niss, person, items }) =>
    person === null
      ? `No user of your entities has the NISS ${niss}, so there is no access there.`
      : [
          `${person} (NISS ${niss}):`,
          items.length === 0
            ? `no access in your entities.`
            : bullet(
                items.map((i) =>
                  i.state === 'active' ? `${i.names.en}: active since ${at(i.at!)}` : i.state === 'pending' ? `${i.names.en}: pending, active on ${at(i.at!)}` : `${i.names.en}: no access`,
                ),
              ),
        ].join('\n'),
  copiedAccess: ({ colleague, applications, fn }) =>
    `${colleague} has ${joinList([...applications.map((a) => a.en), ...(fn ? [`the function ${fn.en}`] : [])], L)}: I am taking the same. Say "not …" to remove one.`,
  colleagueUnknown: ({ niss }) => `I find no access to copy for the NISS ${niss} in this capacity.`,
  applicationNotInQuality: ({ applications, quality, elsewhere }) =>
    `${joinList(applications.map((a) => a.en), L)} does not belong to the capacity "${quality.en}": I am leaving it out.` +
    (elsewhere.length
      ? ` It belongs to the capacity ${joinList(elsewhere.map((q) => `"${q.en}"`), L, 'or')}: make a separate request for it, or say "change the capacity".`
      : ` It is in no other capacity you manage here: ask the RAE or Co-RAE.`),
  entityNoRole: ({ entity, entities }) =>
    `You have no role at ${entity}: I cannot grant access there. Your entities: ${joinList(entities, L)}.`,
  entityUnknown: ({ entity, entities }) =>
    `I know no entity "${entity}": I cannot grant access there. Your entities: ${joinList(entities, L)}.`,
  qualityOutOfScope: ({ quality, entity, qualities }) =>
    `The capacity "${quality.en}" is outside your scope at ${entity}` + (qualities.length ? `: you manage ${joinList(qualities.map((q) => `"${q.en}"`), L)}.` : '.'),
  qualityFromApplications: ({ quality, notActive }) => notActive?.length
    ? `Capacity: ${quality.en} (the only activated capacity of the entity with these applications; ${joinList(notActive.map((q) => `“${q.en}”`), L)} is not activated).`
    : `Capacity: ${quality.en} (the only one of the entity with these applications).`,
  dateOfHeldFunction: ({ fn, startDate, started, said, saidEnd, asked }) => {
    const held = `${asked ? `You ask for the function “${asked.en}”${said ? ` from ${formatDate(said, L)}` : ''}, but this person` : 'This person'} already has the function “${fn.en}” ${started ? 'since' : 'from'} ${formatDate(startDate, L)}`;
    if (asked) return `${held}, and I do not change a function in place: the access will use “${fn.en}”. For “${asked.en}”, end “${fn.en}” first, or say “cancel”.`;
    if (said === startDate && saidEnd) return `${held}, and I do not change a function in place: I am not using the end on ${formatDate(saidEnd, L)}. To end it that day, ask me to end this function.`;
    if (said === startDate) return `${held}: that is the date given, nothing changes.`;
    const dates = saidEnd && said ? `the dates given (from ${formatDate(said, L)} to ${formatDate(saidEnd, L)})` : `${said ? `the date ${formatDate(said, L)}` : 'the date given'}`;
    return `${held}, and I do not change a function in place: I am not using ${dates}. For another date, end this function first.`;
  },
  dateNotUsed: ({ applications, past }) => {
    const apps = joinList(applications.map((a) => a.en), L);
    const has = applications.length > 1 ? 'have' : 'has';
    return past
      ? `${formatDate(past, L)} is already past, and ${apps} ${has} no start date anyway: access starts on confirmation.`
      : `${apps} ${has} no start date: access starts on confirmation.`;
  },
  nissOfNamed: ({ name }) => `I need ${name}'s NISS.`,
  nissDeclined: ({ name }) => `Without ${name === null ? "the person's" : `${name}'s`} NISS I cannot go on. Give it, or say "cancel" to stop the request.`,
  nissNotGiven: ({ name }) => `That is not a NISS. Give the 11 digits of ${name === null ? "the person's" : `${name}'s`} NISS, for example "80.05.15-123.75", or "cancel" to stop.`,
  nobodyNamed: ({ name }) => `No user of your entities is called ${name}.`,
  onePersonPerRequest: ({ person, others }) => `One request is for one person: this one is for ${person}. Then I will offer you the same request for ${joinList(others, L)}.`,
  offerNextPerson: ({ person }) => `Do you want the same request for ${person} now? (yes / no)`,
  nextPersonDeclined: ({ person }) => `All right: nothing is requested for ${person}.`,
  personFoundByName: ({ person, niss }) => `I found ${person} (NISS ${niss}) among the users of your entities.`,
  personsNamed: ({ named, candidates }) => `Several users of your entities are called ${named}: ${candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}. Which one? Give their number or their NISS.`,
  personsNear: ({ named, candidates }) =>
    candidates.length === 1
      ? `No user of your entities is called ${named}. Did you mean ${candidates[0]}? Answer yes, or give their NISS.`
      : `No user of your entities is called ${named}. Did you mean: ${candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}? Give the number, or the person's NISS.`,
  nissTaken: ({ niss, person }) => (person ? `${person} (NISS ${niss}): noted.` : `NISS ${niss}: noted.`),
  nissNotForRefusedEntity: ({ niss, entity }) =>
    `NISS ${niss}: noted for a request in one of your entities, not at ${entity}. If this person is not a user of your entities, I show nothing of what another entity knows of them, and I add them to one of your entities only if you ask me to: choose which, or say "cancel".`,
  statusNameNear: ({ name, candidates, waiting }) =>
    `No user of your entities is called ${name}. Did you mean ${candidates.length === 1 ? candidates[0] : candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}?` +
    (waiting ? ' Ask me again with the exact name or their NISS.' : candidates.length === 1 ? ' Answer yes to see their access, or give their NISS.' : " Give the person's name or NISS."),
  statusNameUnknown: ({ name }) => `No user of your entities is called ${name}: give their NISS (11 digits) and I will look at their access.`,
  statusNameSeveral: ({ name }) => `Several users of your entities are called ${name}: give the person's NISS (11 digits) and I will look at their access.`,
  statusWhom: () => `Who do you mean? No person has been given in this request yet: give their NISS (11 digits) or their name and I will look at their access.`,
  personNotNamed: ({ named }) => `Careful: this NISS is not ${named}'s.`,
  personReplacedByName: ({ named }) => `Understood: the request is now for ${named}.`,
  noneOfThem: () => `None of them, then: give me the NISS of the person you mean, or say "cancel".`,
  choiceDeclined: () => `None of these? Choose from the list, or say "cancel" to stop the request.`,
  changeTaken: ({ changes }) => `Understood: ${joinList(changes.map(changeEn), L)}.`,
  personElsewhere: ({ niss, entity }) =>
    `NISS ${niss} belongs to a user of another entity: I do not show their details. They will be added to ${entity} with the access.`,
  requestSetAside: ({ applications, person }) =>
    `I am setting aside the request under way (${joinList(applications.map((a) => a.en), L) || 'no application'}${person ? ` for ${person}` : ''}): nothing was recorded. Here is the new request.`,
  applicationReadAs: ({ items }) => `I read ${joinList(items.map((i) => `"${i.text}" as ${i.names.en}`), L)}: say so if that is not it.`,
  dateReadAhead: ({ items }) => `I read ${joinList(items.map((i) => `"${i.said}" as ${formatDate(i.date, L)}`), L)}: say so if that is not it.`,
  takenAside: ({ startDate, endDate, applications, fn, person, role }) =>
    `Noted: ${[startDate && `from ${formatDate(startDate, L)}`, endDate && `until ${formatDate(endDate, L)}`, applications.length > 0 && joinList(applications.map((a) => a.en), L),
      fn && `the function “${fn.en}”`, role && (role === 'doctor' ? 'a (specialist) doctor' : 'a hospital pharmacist'), person && `for ${person}`].filter(Boolean).join(', ')}.`,
  applicationsTaken: ({ applications }) => `${joinList(applications.map((a) => a.en), L)}: noted.`,
  applicationsReplaced: ({ removed, added }) => `${joinList(added.map((a) => a.en), L)} replaces ${joinList(removed.map((a) => a.en), L)} in the request.`,
  revokeHowTo: ({ applications }) =>
    `To revoke an access (${joinList(applications.map((a) => a.en), L)}), I need the person's NISS, for example “revoke ${applications[0]?.en ?? 'HospiSup'} for 80051512375”.`,
  storeUnavailable: ({ problem }) =>
    `${
      ({
        busy: `The database is busy with another operation`,
        full: `The server's disk is full`,
        readonly: `The database is read-only`,
        other: `The database is unavailable`,
      })[problem]
    }: I could not record where our conversation stands. Send your last answer again in a moment (nothing is ever done twice); if this persists, tell support.`,
  notUnderstood: () => `I did not understand.`,
  yes: () => 'Yes',
  no: () => 'No',
  roleDoctor: () => 'Specialist doctor',
  rolePharmacist: () => 'Hospital pharmacist',
  roleCollaborator: () => 'Collaborator',
  skip: () => 'None',
  skipTitle: () => 'None',
  languageName: ({ language }) => ({ fr: 'French', nl: 'Dutch', de: 'German', en: 'English' })[language],
  entityLabel: ({ entity, inami }) => `${entity} (NIHDI ${inami})`,
  cardSubmit: () => 'Submit',
  cardConfirm: () => 'Confirm',
  cardChange: () => 'Change',
  cardCancel: () => 'Cancel',
  cardRequired: () => 'Choose at least one answer.',
  cardDecided: ({ outcome, by, when }) =>
    outcome === 'confirmed'
      ? `✓ Confirmed by ${by} on ${at(when)} (Brussels time).`
      : outcome === 'cancelled'
        ? `✗ Cancelled by ${by} on ${at(when)} (Brussels time): nothing was recorded.`
        : `Replaced by a newer summary, below.`,
  cardChoiceLabel: () => 'Your choice',
  cardStartDateLabel: () => 'Start date',
  cardEndDateLabel: () => 'End date',
  cardOutdated: () => 'This card is no longer current: this click did nothing.',
};

/** The lines of a summary, as asked before confirmation and as kept on the card once decided. */
function summaryLines(s: Summary): string {
  return bullet([
    `Entity: ${s.entity} (NIHDI number ${s.inami})`,
    `Capacity: ${s.quality.en}${s.activateQuality ? ' (will be activated)' : ''}`,
    s.person.isNew
      ? `New user: ${s.person.name}, username ${s.person.username}, ${s.person.email}`
      : `User: ${s.person.name}${s.person.elsewhere ? ` (a user of another entity, will be added to ${s.entity})` : s.person.joins ? ` (${s.person.username}; not yet a user of this entity: will be added to ${s.entity})` : ` (${s.person.username})`}`,
    `${word(s.applications.length, L, 'Application', 'Applications')}: ${joinList(s.applications.map((a) => a.en), L)}`,
    ...(s.alreadyHeld.length ? [`Already held, nothing changes: ${joinList(s.alreadyHeld.map((a) => a.en), L)}`] : []),
    ...(s.fn
      ? [`Function: ${s.fn.names.en} from ${formatDate(s.fn.startDate, L)}${s.fn.endDate ? ` until ${formatDate(s.fn.endDate, L)}` : ', no end date'}`]
      : []),
    ...(s.dateSetAside ? [`Dates: no start or end date`] : []),
  ]);
}

/** A change at a confirmation, as a clause of "Understood: …". */
function changeEn(c: Change): string {
  switch (c.what) {
    case 'applications': return `the request is now for ${joinList(c.applications.map((a) => a.en), L)}`;
    case 'revoked': return `I will revoke ${joinList(c.applications.map((a) => a.en), L)}`;
    case 'startDate': return `from ${formatDate(c.date, L)}`;
    case 'endDate': return c.date ? `until ${formatDate(c.date, L)}` : `with no end date`;
    case 'lastDay': return `last day ${formatDate(c.date, L)}`;
    case 'entity': return `for ${c.entity}`;
    case 'quality': return `with the capacity “${c.quality.en}”`;
    case 'function': return c.fn ? `with the function “${c.fn.en}”` : `with no function`;
    case 'role': return c.role === 'doctor' ? `a (specialist) doctor` : `a hospital pharmacist`;
  }
}
