import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime } from '../domain/dates';
import { PASSWORD_MIN } from '../domain/password';
import { joinList } from './format';

const L = 'en';
const at = (t: number) => formatDateTime(t, L);
const apps = (names: { en: string }[]) => joinList(names.map((n) => n.en), L);

export const peopleEn: PeopleCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Last name', firstName: 'First name', title: 'Title', username: 'Username', type: 'Type', niss: 'NISS',
      status: 'Account status', email: 'E-mail address', language: 'Language', quality: 'Capacity (qualité)', application: 'Secured application',
      accessStatus: 'Access status', requestedAt: 'Requested on', activeSince: 'Active since', pendingUntil: 'Pending until',
      function: 'Function', functionStart: 'Function start', functionEnd: 'Function end',
    })[column],
  personType: ({ type }) => ({ USER: 'User', COLLABORATOR: 'Collaborator' })[type],
  userStatus: ({ status }) => ({ invited: 'Invited (password to choose)', active: 'Active', disabled: 'Disabled' })[status],
  accessStatus: ({ status }) => ({ pending: 'Pending', active: 'Active' })[status],
  exportSheet: () => 'Users',
  exportFileBase: () => 'users',
  peoplePage: ({ from, to, total }) => `Users ${from} to ${to} of ${total}.`,
  peopleNone: () => `No user matches these criteria.`,
  peopleNiss: ({ masked }) => (masked ? 'NISS hidden (your role does not allow seeing it)' : 'NISS'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} will lose access to ${apps(applications)} on ${at(effectiveAt)}.` : '',
      cancelled.length ? `Access to ${apps(cancelled)}, not active yet, is cancelled at once.` : '',
      notHeld.length ? `${person} had no access to ${apps(notHeld)}: nothing to do.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, endDate, effectiveAt }) =>
    `${person}'s function ${fn.en} ends on ${formatDate(endDate, L)} (inactive from ${at(effectiveAt)}).`,
  removalScheduled: ({ person, entity, effectiveAt }) =>
    `${person} will be removed from ${entity} on ${at(effectiveAt)}, with all their access and functions.`,
  deactivated: ({ person, entity, kind, applications, functions }) =>
    kind === 'removeUser'
      ? `Done: ${person} is no longer part of ${entity}.`
      : `It is inactive: ${person} no longer has ` +
        joinList([...(applications.length ? [`access to ${apps(applications)}`] : []), ...functions.map((f) => `the function ${f.names.en}`)], L) +
        '.',
  bulkLine: ({ line, input, person, outcome, applications, account }) =>
    `Line ${line} (${input}): ` +
    {
      invalidNiss: `not a valid NISS.`,
      unknownUser: `no user has this NISS (create them first, on their own).`,
      duplicate: `already higher up in the list.`,
      alreadyHolds: `${person} already has ${apps(applications)}.`,
      ok: `${person} will get ${apps(applications)}.` + (account === 'disabled' ? ` Warning: their account is disabled, the access will not work until it is re-enabled (ask the helpdesk).` : account === 'invited' ? ` The access will work as soon as they choose their password.` : ''),
    }[outcome],
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok} person(s) will get ${apps(applications)}` +
    (alreadyHolds ? `; ${alreadyHolds} already have it` : '') +
    (invalid + unknown + duplicate ? `; ${invalid + unknown + duplicate} line(s) will be skipped` : '') +
    '. Shall I confirm?',
  bulkProgress: ({ done, total }) => `${done} of ${total} done…`,
  bulkResult: ({ person, input, ok, activeAt, applications }) =>
    ok ? `${person} (${input}): ${apps(applications)}, active on ${activeAt === null ? '—' : at(activeAt)}.` : `${input}: not processed.`,
  diagInvalidNiss: () => `This is not a valid NISS: check the 11 digits.`,
  diagUnknownApplication: ({ text }) => `I know no application "${text}".`,
  diagUnknownNiss: ({ niss }) => `No user has NISS ${niss}: they must be created first (by giving them an access).`,
  diagNotYours: ({ niss }) => `No user of your entities has NISS ${niss}: I do not show another entity's data. You can add them to your entity by giving them an access.`,
  diagNotInEntity: ({ person, entity }) => `${person} is not a user of ${entity}: an access manager must add them.`,
  diagNoGrant: ({ person, application, revokedAt }) =>
    revokedAt === null
      ? `${person} was never given access to ${application.en}. An access manager must grant it.`
      : `${person}'s access to ${application.en} was revoked on ${at(revokedAt)}.`,
  diagGrantPending: ({ person, application, activeAt }) =>
    `${person}'s access to ${application.en} is recorded and will be active at ${formatTime(activeAt)} (on ${at(activeAt)}).`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.en} requires a function for collaborators: ${person}'s (${fn.en}) starts on ${formatDate(startDate, L)} and will be active on ${at(activeAt)}.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.en} requires a function for collaborators: ${person}'s (${fn.en}) ended on ${formatDate(endDate, L)}. An access manager must assign a new one.`,
  diagQualityInactive: ({ person, quality }) =>
    `${person}'s access is in the qualité "${quality.en}", which is not activated: the RAE or Co-RAE must activate it.`,
  diagPasswordNotSet: ({ person, invitation }) =>
    `${person} has not chosen a password yet. ` +
    {
      open: `The invitation link sent by e-mail is still valid: ask them to check their mailbox (and spam).`,
      expired: `The invitation link has expired: send a new invitation.`,
      notSent: `The invitation has not gone out yet: it will be sent shortly.`,
    }[invitation],
  diagUserDisabled: ({ person }) => `${person}'s account is disabled.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Everything is in place for ${person} and ${application.en}. If this person is a collaborator of a specialist doctor or hospital pharmacist, they also need the matching function; a doctor or pharmacist needs none.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Everything is in place: ${person} has access to ${application.en}` +
    (activeSince === null ? '' : ` since ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (revocation planned on ${at(endsAt)})`) +
    `. If opening still fails, the problem lies elsewhere (connection, browser, eID).`,
  passwordTitle: () => 'Choose your password',
  passwordIntro: ({ firstName, username }) => `Hello ${firstName}, your username is ${username}. Choose your password.`,
  passwordRules: () =>
    `At least ${PASSWORD_MIN} characters; at least one letter and one digit or symbol; not your username, last name or first name, nor the name of your hospital or of an application; not the same character four times in a row; hard to guess: not a common password, a keyboard sequence, a year, a place name followed by digits or a repetition. A sentence of a few words that say nothing about you works well. Type it twice.`,
  passwordLabel: () => 'Password',
  passwordConfirmLabel: () => 'Password (again)',
  passwordSubmit: () => 'Save',
  passwordProblem: ({ problem }) =>
    ({
      empty: `Type a password.`,
      tooShort: `At least ${PASSWORD_MIN} characters.`,
      tooLong: `At most 128 characters.`,
      needsLetter: `At least one letter.`,
      needsDigitOrSymbol: `At least one digit or symbol.`,
      containsUsername: `It may not contain your username.`,
      containsName: `It may not contain your last or first name.`,
      containsHospital: `It may not contain the name of your hospital or of one of its entities (nor one of its words, like "IRIS" or "Sud"): that is what is tried first.`,
      containsApplication: `It may not contain the name of an application (like "Colindos" or "HospiSup"), "Sésame" or "socialsecurity": that is what is tried first.`,
      placeName: `It contains a place name (like "Brussels" or "Liège") with little more than digits or symbols, such as a postcode or a year: easy to guess.`,
      repeated: `Not the same character four times in a row.`,
      common: `It contains a common password (like "qwerty123" or "password"), which is tried first.`,
      commonWord: `It is little more than a common word or first name: add other words.`,
      keyboardSequence: `It contains a keyboard sequence (like "azerty" or "qwerty"): easy to guess.`,
      sequence: `It contains a sequence of characters (like "abcd" or "1234"): easy to guess.`,
      year: `It contains a year: easy to guess.`,
      date: `It contains a date: easy to guess.`,
      guessable: `It is too easy to guess: make it longer, for example with a few words that say nothing about you.`,
      mismatch: `The two passwords are not the same.`,
    })[problem],
  passwordSet: ({ username }) => `Your password is saved. You can log in with the username ${username}.`,
  tokenProblem: ({ problem }) =>
    ({
      unknown: `This link is not valid. Check that it is complete, or ask your access manager for a new invitation.`,
      expired: `This link has expired. Ask your access manager for a new invitation.`,
      used: `This link was already used: your password is already chosen.`,
      replaced: `A newer invitation was sent to you: use the link of the latest e-mail.`,
    })[problem],
  inviteSubject: () => 'Sésame: choose your password',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Hello ${firstName},\n\nAn account was created for you (username: ${username}). Choose your password here:\n\n${link}\n\nThis link works once and expires on ${at(expiresAt)}.\nNobody will ever ask you for your password, by e-mail or by phone.\n\nSésame`,
  guideStepOf: ({ n, total }) => `Step ${n} of ${total}`,
  guideNext: () => 'Next',
  guideBack: () => 'Back',
  guideStop: () => 'Stop',
  guideDone: () => `This is the last step. Changes are active after a delay of at most 20 minutes.`,
  guideStopped: () => `Guide stopped. Ask me "guide" and an application's name to start again.`,
  guideWhichApplication: () => `For which application? For example "guide Colindos" or "guide HospiSup".`,
  helpdeskHelp: () =>
    `Ask me "why can't 85.07.30-033.28 open Colindos?" for a diagnosis, or "guide HospiSup" for the portal procedure step by step (next, back, stop).`,
  languageOf: ({ language }) => ({ fr: 'French', nl: 'Dutch', de: 'German', en: 'English' })[language],
};
