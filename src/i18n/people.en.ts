import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime, todayInBrussels } from '../domain/dates';
import { countOf, joinList } from './format';

const L = 'en';
const at = (t: number) => formatDateTime(t, L);
/** The day of an instant in Brussels, to say a date and its time once each ("le 01/12/2026 à 21:23"). */
const dayOf = (t: number) => todayInBrussels(new Date(t));
const apps = (names: { en: string }[]) => joinList(names.map((n) => n.en), L);

export const peopleEn: PeopleCatalog = {
  peoplePage: ({ from, to, total }) => `Users ${from} to ${to} of ${total}.`,
  peopleNone: () => `No user matches these criteria.`,
  peopleNiss: ({ masked }) => (masked ? 'NISS hidden (your role does not allow seeing it)' : 'NISS'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} will lose access to ${apps(applications)} on ${at(effectiveAt)}.` : '',
      cancelled.length ? `Access to ${apps(cancelled)}, not active yet, is cancelled at once.` : '',
      notHeld.length ? `${person} had no access to ${apps(notHeld)}: nothing to do.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, lastDay, effectiveAt }) =>
    `${person}'s function “${fn.en}” ends; last day: ${formatDate(lastDay, L)} (inactive from ${at(effectiveAt)}).`,
  functionCancelled: ({ person, fn }) => `${person}'s function “${fn.en}” is cancelled: it will not start.`,
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
  bulkEveryone: ({ entity, count }) => count === 0 ? `${entity} has no users.` : `Every user of ${entity}: ${count === 1 ? '1 person' : `${count} people`}.`,
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok === 1 ? '1 person' : `${ok} people`} will get ${apps(applications)}` +
    (alreadyHolds ? `; ${alreadyHolds === 1 ? '1 already has it' : `${alreadyHolds} already have it`}` : '') +
    (invalid + unknown + duplicate ? `; ${countOf(invalid + unknown + duplicate, L, 'line', 'lines')} will be skipped` : '') +
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
    `${person}'s access to ${application.en} is recorded and will be active on ${formatDate(dayOf(activeAt), L)} at ${formatTime(activeAt)}.`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.en} requires a function for collaborators: ${person}'s (${fn.en}) starts on ${formatDate(startDate, L)} and will be active on ${at(activeAt)}.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.en} requires a function for collaborators: ${person}'s (${fn.en}) has ended; its last day was ${formatDate(endDate, L)}. An access manager must assign a new one.`,
  diagQualityInactive: ({ person, quality }) =>
    `${person}'s access is in the capacity “${quality.en}”, which is not activated: the RAE or Co-RAE must activate it.`,
  diagPasswordNotSet: ({ person, invitation, access }) =>
    `${person} has not chosen a password yet. ` +
    {
      open: `The invitation link sent by e-mail is still valid: ask them to check their mailbox (and spam).`,
      expired: `The invitation link has expired: send a new invitation.`,
      notSent: `The invitation has not gone out yet: it will be sent shortly.`,
    }[invitation] +
    (access ? ` ${person}'s access to ${access.application.en} becomes active on ${at(access.activeAt)}, but the password must be chosen first.` : ''),
  diagUserDisabled: ({ person }) => `${person}'s account is disabled.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Everything is in place for ${person} and ${application.en}. If this person is a collaborator of a specialist doctor or hospital pharmacist, they also need the matching function; a doctor or pharmacist needs none.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Everything is in place: ${person} has access to ${application.en}` +
    (activeSince === null ? '' : ` since ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (revocation planned on ${at(endsAt)})`) +
    `. If opening still fails, the problem lies elsewhere (connection, browser, eID).`,
  diagNobodyNamed: ({ name }) => `No user of your entities is called ${name}. Give me their NISS (11 digits) and I will look at what is in the way.`,
  diagSeveralNamed: ({ name, candidates }) =>
    `Several users of your entities are called ${name}: ${joinList(candidates, L)}. Ask me again with the person's NISS, for example "why can't 80.05.15-123.75 open Colindos?".`,
  diagAccountOk: ({ person, username }) =>
    `${person}'s account is active (username ${username}): nothing on this side stops them from logging in. Have them check their username, or ask me why they cannot open a particular application.`,
  guideStepOf: ({ n, total, text }) => `Step ${n} of ${total}: ${text}`,
  guideNext: () => 'Next',
  guideBack: () => 'Back',
  guideStop: () => 'Stop',
  guideDone: () => `This is the last step. Changes are active after a delay of at most 20 minutes.`,
  guideStopped: () => `Guide stopped. Ask me "guide" and an application's name to start again.`,
  guideWhichApplication: () => `For which application? For example "guide Colindos" or "guide HospiSup".`,
  helpdeskHelp: () =>
    `Ask me "why can't 80.05.15-123.75 open Colindos?" for a diagnosis (the NISS or the name of a user of your entities), or "guide HospiSup" for the portal procedure step by step (next, back, stop).`,
  languageOf: ({ language }) => ({ fr: 'French', nl: 'Dutch', de: 'German', en: 'English' })[language],
};
