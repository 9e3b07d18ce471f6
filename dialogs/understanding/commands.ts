import type { Locale } from '../../src/domain/locale';
import { checkNiss } from '../../src/domain/niss';
import type { Slot } from '../grant/grant-access.types';
import { ACCESS_NOUNS, asksForList, asksNextPage, asksWhoGave, readIntent, withPlaceNamed, type Intent } from './intent';
import { endsFunction } from './end-of-function';
import { asksToReceive, asksWhatIsHeld } from './holding-question';
import { asideQuestion, type AsideQuestion } from './aside-questions';
import { asksGrantForEveryone } from './everyone';
import { withKnownNames } from './known-people';
import { withLoneKnownNames } from './lone-names';
import { capitalisedNames, freeName, looseName, nameAfterVerb, otherPeopleNamed, personByName, titledName, unknownEntity } from './names';
import { isSaintsName, unknownPlace } from './unknown-entity';
import { choiceNumber, hasAny, isSkip, normalize, parseLanguage, parseRole, pickMany, yesNo } from './parse';
import { onlyThese } from './only-these';
import { asksWhoManages } from './designation';
import { personInRequest } from './person-in-request';
import { refuses } from './refusals';
import { withoutInterjections } from './interjections';
import { withInlineCorrection } from './inline-corrections';
import { withSplitVerbsJoined } from './split-verbs';
import { personAfterGrantVerb, personAsked } from './asked-person';
import { asksForGrant, commandOf, findNissNumbers, goesAhead, INSTEAD_OF, languageRequest, REPLACE_VERB, understand, VERBATIM, type Understanding, type Vocabulary } from './understand';
import { WORDS } from './vocabulary';

/**
 * A message read once, as commands (in the spirit of Rasa CALM's command generator): what the
 * conversation machine applies, and the dialogs fill their slots from. Pure: the same text, the
 * same vocabulary and the same clock give the same commands.
 *
 * Order: switchLanguage, then a conversation command (cancel, startOver, back, help, recap), then at
 * most one startRequest, then the slot commands (set, correct, clarify, unknown) in a fixed order
 * (entity, quality, niss, person, copyFrom, applications, role, function, startDate, endDate, email,
 * the yes or no asked). Slot commands after a startRequest belong to the request it starts, never to
 * one in progress. A startRequest that carries its Intent (people and helpdesk kinds) is followed by
 * no slot command: the Intent holds what was said. A numbered answer ("2", "1, 3") is one `choose`
 * alone; `keepOnly` ("only X, Y stays", at a confirmation) comes last.
 *
 * The grant dialog applies these and reads nothing itself (dialogs/grant/said.ts gathers them,
 * absorb.ts applies them); it is read with dialogs/grant/read-context.ts's readContextOf.
 */
export type RequestKind =
  | 'grant' | 'status' | 'audit' | 'list' | 'export' | 'revoke' | 'endFunction' | 'remove' | 'designate' | 'bulk' | 'diagnose' | 'guide';

export type Command =
  /**
   * Values by slot: entity (id), quality (kind code), niss, person (a name), copyFrom (a NISS),
   * applications (codes), applications.add (codes added to the request: "ajoute aussi"),
   * applications.remove (codes taken out: "pas Colindos", or revoked), role, function ('doctor' |
   * 'pharmacist': whose collaborator), startDate, endDate (ISO; endDate null: "aucune" to the end date's
   * question, there is none), email, and the yes/no slots (confirm, confirmPerson, activateQuality: 'yes' |
   * 'no'; confirm with nothing asked: a bare yes or no to what was just done); a free-text slot asked (a
   * name, a username) takes the text.
   */
  | {
      type: 'set'; slot: Slot | string; value: unknown;
      /** applications, applications.add: names read by a near miss ("colindoss" as Colindos), said back, never taken silently. */
      readAs?: { text: string; code: string }[];
      /** applications.remove: an access taken away ("n'a plus besoin de HospiSup"), never a grant; the person it names is not the request's. */
      revoke?: true;
      /**
       * applications.remove: taken from someone named by a pronoun ("retire-lui eBirth"): the conversation makes it a
       * revocation for the person of its last status answer, if there is one and nothing is under way.
       */
      about?: 'last';
      /** startDate, endDate: dates said without a year and read in next year ("3 mars" in December), said back. */
      readAhead?: { said: string; date: string }[];
    }
  /**
   * The message replaces what was said ("au lieu de", "instead of", "statt", "in plaats van", "non, c'est …").
   * applications: a list replaces them all; { add, remove } replaces these by those. value null: "modifier la
   * date", the slot is to be asked again.
   */
  | { type: 'correct'; slot: Slot | string; value: unknown; readAs?: { text: string; code: string }[]; readAhead?: { said: string; date: string }[] }
  | { type: 'cancel' }
  | { type: 'startOver' }
  | { type: 'back' }
  | { type: 'help' }
  | { type: 'recap' }
  | { type: 'switchLanguage'; locale: Locale }
  /**
   * intent: what the people and helpdesk dialogs start from (absent for a grant or a status question).
   * subject 'current': a status question about the person of the request in progress ("hat er schon Colindos?"); a grant
   * for someone named by a pronoun only ("donne-lui TCT"): the person of the request just cancelled, if any.
   */
  | { type: 'startRequest'; kind: RequestKind; intent?: Intent; subject?: 'current' }
  /** text: the words that named several (applications: "hospi"), said with the candidates. */
  | { type: 'clarify'; slot: Slot | string; candidates: unknown[]; text?: string }
  /** A numbered choice answered by its numbers ("2", "1, 3"), 1-based, in the order the question listed them. */
  | { type: 'choose'; slot: Slot | string; numbers: number[] }
  /**
   * "only X, Y stays" at a confirmation: the action applies to `only` (all asked when empty) and
   * leaves `stay` as it is. Said with the other commands the message holds, last.
   */
  | { type: 'keepOnly'; only: string[]; stay: string[] }
  /**
   * A value named that cannot be used, said back: an application or an entity that is not in the
   * vocabulary (problem absent), an entity where the manager holds no role (problem 'noRole'), a NISS
   * typed wrong (problem: the NISS check's; at the NISS question, any answer that is nothing else), a date
   * refused (problem 'past' | 'notAfterStart' | 'invalid'). An application's text is the word as typed, or
   * the whole answer to the applications' question when it names none.
   */
  | { type: 'unknown'; slot: Slot | string; text: string; problem?: string; /** A date refused, as read (yyyy-mm-dd): said back by its day. */ date?: string }
  /**
   * A question about Sésame or the portal asked in passing ("ça prend combien de temps ?", "c'est quoi TCT ?", "how do I
   * designate a co-manager on the portal?"): answered beside the request, whose question is asked again. Alone.
   */
  | ({ type: 'question' } & AsideQuestion);

export interface ReadContext {
  vocabulary: Vocabulary;
  now: number;
  /** The slot the dialog in progress waits for, if any: an answer to it is not a new request. */
  expecting: Slot | string | null;
  files?: { line: number; input: string }[];
  /** The chat's language: its calendar words are tried first. French when absent. */
  locale?: Locale;
  /** The start date already known, so that an end date is checked against it. */
  startDate?: string | null;
}

const KIND_OF_INTENT: Record<Intent['kind'], RequestKind> = {
  list: 'list', export: 'export', revoke: 'revoke', endFunction: 'endFunction', removeUser: 'remove',
  designate: 'designate', bulk: 'bulk', audit: 'audit', diagnose: 'diagnose', guide: 'guide',
};

/** The grant's choices a bare no declines (its NISS question has its own reading of a no: nearName). */
const DECLINABLE = new Set<string>(['entity', 'quality', 'applications', 'role', 'function']);
/** The slots a yes or a no answers (the people and helpdesk dialogs' own: "people.confirm"). */
const YES_NO_SLOTS = new Set<string>(['confirm', 'confirmPerson', 'activateQuality']);
/** Where a name or an identifier is asked, the message is that name as typed: "Jan Peeters", not a sentence to mine. */
const NAME_SLOTS = new Set<string>([...VERBATIM, 'people.name', 'people.identifier']);

/** "pas X mais Y", "niet X maar Y", "nicht X, sondern Y", "not X but Y", "pas X, plutôt Y", "not X, I meant Y": Y replaces X. */
const NOT_BUT = /\b(?:pas|niet|nicht|not)\b.*\b(?:mais|maar|sondern|but|plutot|eher|liever|rather|bedoel|bedoelde|meant|mean|meine|meinte|dire)\b/;

/** "sans date", "zonder datum", "ohne Datum", "without a date", "no dates": no date at all, said alone with fillers. */
const WITHOUT_DATE = /^(?: (?:ok|okay|bon|alors|dan|toch|maar|also|dann|doch|then|fine|finalement|eigenlijk|eigentlich|actually|so|et|en|und|and|non|nee|nein|no|svp|aub|bitte|please))* (?:sans (?:de )?dates?|pas de dates?|zonder datum|zonder data|geen datum|ohne datum|kein datum|without (?:a )?dates?|no dates?)(?: (?:alors|dan|dann|then|svp|aub|bitte|please|finalement|maar|doch))* $/;

/** "donne-lui", "give her", "geef hem", "gib ihr": the one the grant is for, said before. */
const OBJECT_PRONOUN = / (?:lui|leur|him|her|them|hem|haar|ihm|ihr) /;

/** Where who the request is for is asked: by NISS or by name. */
const IDENTITY_SLOTS = new Set<string>(['niss', 'person', 'people.niss', 'people.name', 'people.person', 'people.identifier']);
/**
 * The questions a refusal answers: every confirmation (the grant's summary, "is this the right person?", a removal, a
 * designation, an end of function, a revocation, a bulk request) and every choice or identity question. Not the free
 * answers where such words may be the value or say there is none (a date, a title, an e-mail, a username).
 */
const refusable = (slot: string) =>
  YES_NO_SLOTS.has(slot) || /\.confirm\w*$/.test(slot) || slot === 'usernameConfirm' || STOPPED_BY_NO.has(slot) || IDENTITY_SLOTS.has(slot) || slot.startsWith('people.') || slot.startsWith('helpdesk.');

/**
 * "de l'entité", "uit het ziekenhuis", "aus der Einrichtung", "from the hospital": the person taken out of a place. A bare "de"
 * is no such evidence ("n'a plus besoin de …"): removing someone from an entity, the wider action, needs its own words.
 */
// A compound is a place too: "aus dem Marienhospital", "uit het Sint-Jozefziekenhuis".
const FROM_ENTITY = /\b(?:de|du|d|uit|van|aus|von|from)\s+(?:(?:l|la|le|het|de|der|die|dem|den|the|our|notre|nos|onze|unsere|unserer|unserem)\s+)?(?:entite|entiteit|instelling|einrichtung|entity|hopital|hopitaux|clinique|\w*ziekenhuis|\w*krankenhaus|\w*klinik(?:um)?|\w*hospital|\w*spital|organisation|organisatie|organization|ici|hier|here)\b/;

/** The commands of one message. */
export function readCommands(typed: string, context: ReadContext): Command[] {
  // "oei nee, voor Sarah Moens", "oops no, for Lucas Mertens": an interjection at the head never hides what follows.
  // "take HospiSup away from …", "haal HospiSup af bij …": a verb said in two parts is read as one.
  // "… for kevin maes... wait no, for bram claessens": a correction said inside the message replaces what it corrects;
  // one that corrects nothing said before is said so (asked again, nothing done), never guessed.
  const corrected = withInlineCorrection(withoutInterjections(typed), context.vocabulary, { locale: context.locale ?? 'fr', now: context.now });
  if ('unplaced' in corrected) return [{ type: 'question', topic: 'correctionUnplaced' }];
  let text = withSplitVerbsJoined(corrected.text);
  const commands: Command[] = [];
  const expecting = context.expecting;
  const grantSlot = expecting && !expecting.includes('.') ? (expecting as Slot) : null;
  const language = languageRequest(text, grantSlot);
  if (language) commands.push({ type: 'switchLanguage', locale: language });
  // "au fait, ça prend combien de temps ?", "c'est quoi déjà TCT ?": answered beside whatever waits, nothing set.
  const aside = language ? undefined : asideQuestion(text, context.vocabulary, () => {
    const named = understand(text, context.vocabulary, { expecting: null, now: context.now, locale: context.locale ?? 'fr' }).applications;
    return [...(named?.add ?? []), ...(named?.remove ?? [])];
  });
  if (aside) return [{ type: 'question', ...aside }];
  // "donne TCT à tout le monde (de Sainte-Anne)": the bulk grant of the entity's users, listed and counted before it is confirmed.
  if (!language) {
    // Read only when the group words are there: most messages have none.
    let read: ReturnType<typeof understand> | undefined;
    const named = () => (read ??= understand(text, context.vocabulary, { expecting: null, now: context.now, locale: context.locale ?? 'fr' }));
    if (asksGrantForEveryone(text, () => (named().applications?.add.length ?? 0) > 0)) {
      const u = named();
      const intent: Intent = {
        kind: 'bulk', inputs: [], applications: u.applications?.add ?? [], everyone: true,
        ...(u.entity !== undefined ? { entity: u.entity } : {}), ...(u.qualityKind ? { qualityKind: u.qualityKind } : {}),
      };
      return [{ type: 'startRequest', kind: 'bulk', intent }];
    }
  }
  const command = commandOf(text);
  // "comment faire dans le portail ?" asks for the portal guide, not the chat's help.
  if (command === 'help' && !language) {
    const guide = readIntent(text, context.vocabulary, { now: context.now });
    if (guide?.kind === 'guide') return [{ type: 'startRequest', kind: 'guide', intent: guide }];
  }
  // "nein danke", "no thanks", "non merci" to a question with choices: the request is stopped, as at the summary. A
  // lone "nee" is less clear (none of those offered?): it is asked again with the way out, below.
  if (!command && !language && expecting && STOPPED_BY_NO.has(expecting) && isBareNo(text) && words(text).length > 1) return [{ type: 'cancel' }];
  if (command) commands.push({ type: command });
  // "in English please" changes the language and nothing else; "annuler" says nothing more.
  if (language || command) return commands;
  // "wait no, don't", "nein, doch noch nicht", "wacht, doe maar niet" at a confirmation or a choice, "actually no, keep her"
  // where a NISS or a name is asked: a refusal, a stop; never a yes, nor a value not recognised. With nothing asked
  // ("the same request for Marie Dupont?" after a grant), the same: a no, or nothing to stop.
  if ((expecting === null || refusable(expecting)) && refuses(text)) return [{ type: 'cancel' }];
  // A verbatim answer is the text as typed, unless it asks something ("a-t-il déjà eBirth ?"): then it is read as a question.
  if (expecting && NAME_SLOTS.has(expecting) && withoutPoliteness(text) && !(text.trim().endsWith('?') && asksWhatIsHeld(text))) return [{ type: 'set', slot: expecting, value: withoutPoliteness(text) }];
  if (expecting === 'language') {
    const locale = parseLanguage(text);
    return locale ? [{ type: 'set', slot: 'language', value: locale }] : [];
  }

  const vocab = context.vocabulary;
  // "tct pour kevin maes et bram claessens", "hat an peeters schon ebirth?": the users of the manager's entities are
  // written as in the store, so that every reader below finds them as it finds a capitalised name.
  text = withKnownNames(text, vocab.people);
  // "hospisup for julie", "aan jan": a first name alone is the one user so named (written in full), or all of them (asked).
  text = withLoneKnownNames(text, vocab, context.now);
  // "ok, dan zonder datum", "sans date finalement": the dates said are dropped, at whatever question waits.
  // Asked for the end date, it is "none"; asked for the start, the start question reads its own answer.
  if (expecting !== null && !expecting.includes('.') && expecting !== 'startDate' && WITHOUT_DATE.test(` ${normalize(text).replace(/['’-]/g, ' ')} `)) {
    return expecting === 'endDate' ? [set('endDate', null)] : [set('startDate', null), set('endDate', null)];
  }
  // A qualité's code ("HOSPITAL", a card's choice) answers the qualité's question.
  const kind = grantSlot === 'quality' || expecting === 'people.quality' ? vocab.qualityKinds.find((k) => normalize(k.code) === normalize(text).trim()) : undefined;
  if (kind) return [set('quality', kind.code)];
  // "2", "1, 3" to a numbered question (the grant's or the people dialog's): the choices of that number, which the dialog that listed them knows.
  const numbered = grantSlot && NUMBERED.has(grantSlot) ? grantSlot : expecting && PEOPLE_NUMBERED.has(expecting) ? expecting : null;
  const numbers = numbered ? numbersOf(text, numbered === 'applications' || numbered === 'people.revokeWhich') : undefined;
  if (numbers) return [{ type: 'choose', slot: numbered!, numbers }];
  // "la deuxième", "de eerste", "die zweite", "the first one": the choice at that place.
  const position = numbered && !/\d/.test(text) ? choiceNumber(text) : undefined;
  if (position !== undefined) return [{ type: 'choose', slot: numbered!, numbers: [position] }];
  // A list left open: "les 10 suivants", "next", "volgende" pages on.
  if (expecting === 'people.page' && asksNextPage(text)) return [set('people.page', 'next')];
  // The role's and the function's choices are the same for everyone: "3" is a collaborator, "1" a doctor's.
  const fixed = grantSlot === 'role' ? parseRole(normalize(text).replace(/[.!]+$/, '')) : undefined;
  if (fixed && /^\s*[1-3]\s*$/.test(text)) return [set('role', fixed.role)];
  if (grantSlot === 'function' && /^\s*[12]\s*$/.test(text)) return [set('function', text.trim() === '1' ? 'doctor' : 'pharmacist')];
  // Asked a question with choices, a short answer that names one ("Mitarbeiter Krankenhausapotheker" to "whose
  // collaborator?") answers it, even when its words would also start another request.
  const answering = answersChoice(text, expecting, context);
  if (!answering) {
    // A people request names any entity of the network: whether the manager may act there is the store's to say (and audit).
    const intent = readIntent(text, everyEntity(vocab), { now: context.now, ...(context.files?.length ? { files: context.files } : {}) });
    // "make An Peeters an access manager": the name said is the designated person's, never asked again.
    if (intent?.kind === 'designate' && intent.name === null) {
      const name = capitalisedNames(text, vocab, context.now).map(withoutRoleWords).find((n) => n.includes(' '));
      if (name) return [{ type: 'startRequest', kind: 'designate', intent: { ...intent, name } }];
    }
    // "Colindos für Markus Schmitz, er ist Mitarbeiter eines Facharztes": a person and an application with a collaborator's
    // word is a grant (with the function); a list is asked with list words.
    const grantForSomeone = intent?.kind === 'list' && intent.query.application !== undefined && !asksForList(normalize(text)) &&
      (personByName(text, vocab, context.now) ?? looseFor(text, context)) !== undefined;
    if (intent && !grantForSomeone) return [{ type: 'startRequest', kind: KIND_OF_INTENT[intent.kind], intent }];
    // "who is manager of Sainte-Anne?" asks for no grant, nor for any request.
    if (asksWhoManages(text, normalize(text).replace(/['-]/g, ' '))) return [{ type: 'question', topic: 'whoManages' }];
  }

  // A question typed where a verbatim answer is asked is read as any question.
  const u = understand(text, vocab, { expecting: grantSlot && VERBATIM.includes(grantSlot) ? null : grantSlot, now: context.now, locale: context.locale ?? 'fr', ...(context.startDate !== undefined ? { startDate: context.startDate } : {}) });
  const norm = normalize(text).replace(/['-]/g, ' ');
  // A name that is the application named unknown ("give Els Janssens access to Medimail") is nobody's.
  const notAnApplication = (name: string | undefined) => (name && !(u.applicationsUnknown ?? []).includes(normalize(name)) ? name : undefined);
  const person = u.niss === undefined && !u.personName
    ? personByName(text, vocab, context.now) ?? notAnApplication(looseFor(text, context)) ?? personAfterGrantVerb(text, vocab, context.now)
    : undefined;

  // A status question, by NISS or by name: "l'accès de Jan Peeters à Colindos est-il actif ?"
  if (u.status) return [{ type: 'startRequest', kind: 'status' }, set('niss', u.status.niss), ...appsSet(u.status.applications)];
  if (u.statusOfNamed) return [{ type: 'startRequest', kind: 'status' }, set('person', u.statusOfNamed.name), ...appsSet(u.statusOfNamed.applications)];
  // "Entziehen Sie Nathalie Dubois den Zugang", "entziehen Sie bitte Frau Dubois …": a revocation's person in formal words or by title.
  const revoking = hasAny(norm, WORDS.revokeVerbs);
  // "Kan Sarah Moens ook TCT krijgen?": the one who is to receive it, named in a question.
  const named0 = u.personName ?? person ?? ((revoking || asksToReceive(text)) && u.niss === undefined ? personAsked(text, vocab, context.now) : undefined);
  // "peter vandamme arbeitet nicht mehr bei uns", "… gaat bij ons weg": who leaves is read where such a sentence puts it.
  const leaver = hasAny(norm, WORDS.leaves) && !u.personName ? personInRequest(text, vocab, context.now) : undefined;
  // "à Saint-Luc", "bei Saint-Luc": a saint's name is a place (an entity, known or not), never a person's.
  const named = leaver ?? (named0 !== undefined && isSaintsName(named0) ? undefined : named0);
  const question = text.includes('?');
  if (named && question && asksWhoGave(norm)) return [{ type: 'startRequest', kind: 'audit' }, set('person', named), ...appsSet(appsOf(u))];
  if (named && question && hasAny(norm, WORDS.status)) return [{ type: 'startRequest', kind: 'status' }, set('person', named), ...appsSet(appsOf(u))];
  // Safety: a question about what someone holds, whoever it names, changes nothing of the request in progress.
  // "hat er schon Colindos?": the status of the request's own person, answered beside it.
  if (asksWhatIsHeld(text)) return u.statusOfCurrent ? [{ type: 'startRequest', kind: 'status', subject: 'current' }, ...appsSet(u.statusOfCurrent.applications)] : [];
  // "retire Colindos à Jan Peeters", "retire Jan Peeters de IRIS Sud", "end Marie Dupont's function": a revocation, a removal
  // or the end of a function of a person named by name, who is looked up among the users of the manager's entities.
  // "Peter Vandamme verlässt uns, er hat TCT": leaving the entity, and an application named with no verb taking it: whether
  // the person is removed from the entity or only loses the application is asked, never guessed.
  const leavingWho = !answering && u.niss === undefined ? (named ? withoutVerb(named) : personInRequest(text, vocab, context.now)) : undefined;
  if (leavingWho && leavesWithApplications(u, norm)) {
    return [{ type: 'question', topic: 'removeOrRevoke', name: leavingWho, applications: appsOf(u).map((code) => vocab.applications.find((a) => a.code === code)!.names) }];
  }
  if (named && u.niss === undefined && !answering) {
    const intent = withPlaceNamed(byName(withoutVerb(named), u, norm), text, vocab, context);
    if (intent) return [{ type: 'startRequest', kind: KIND_OF_INTENT[intent.kind], intent }];
  }
  // The same requests read from their words, not the name's capitals ("la fonction de julie lefebvre doit s'arrêter fin
  // février", "remove sarah moens from sainte-anne"): the person is taken where such a sentence puts it, or asked.
  if (!named && u.niss === undefined && !u.nissError && !answering) {
    // Without a name found, only with nothing open: "retirez Sainte-Anne" at a summary is no removal of anyone.
    const intent = withPlaceNamed(byName(personInRequest(text, vocab, context.now), u, norm, expecting === null), text, vocab, context);
    if (intent) return [{ type: 'startRequest', kind: KIND_OF_INTENT[intent.kind], intent }];
  }
  // "retire-lui eBirth", "entziehen Sie ihr eBirth": the person just talked about (the conversation knows who), never a grant.
  const aboutLast = revoking && !named && u.niss === undefined && !answering && expecting === null && hasAny(norm, PRONOUNS) && appsOf(u).length > 0;
  // "elle n'a plus besoin de HospiSup", "revoke HospiSup" with nothing open: a revocation whose person is asked (by NISS),
  // the question kept open so that the answer ("85073003328") continues it, never opening a grant. Said with a pronoun,
  // it is marked: the conversation takes the person of its last status answer, when it has one.
  if (!named && expecting === null && u.removal && u.niss === undefined && !u.nissError && (u.applications?.remove.length ?? 0) > 0) {
    const removed = u.applications!.remove;
    const revoke: Command = { type: 'startRequest', kind: 'revoke', intent: { kind: 'revoke', niss: null, applications: removed, ...(u.entity !== undefined ? { entity: u.entity } : {}) } };
    return aboutLast ? [revoke, { type: 'set', slot: 'applications.remove', value: removed, revoke: true, about: 'last' }] : [revoke];
  }

  // "le 3 mars au lieu du 1er mars", "à 90041212377 au lieu de 85073003328": the values are those before the marker
  // (applications excepted: their reader takes the replaced ones out itself).
  const replacement = replacedSlots(text, context);
  const head = replacement && !replacement.slots.has('applications') ? text.slice(0, replacement.index) : undefined;
  const slots = head === undefined
    ? slotCommands(text, u, named, norm, context, replacement)
    : slotsOfHead(head, norm, context, replacement);
  const namesAPerson = u.niss !== undefined || named !== undefined || u.copyFrom !== undefined;
  // An answer that repeats the question's words ("donne Colindos" to "which applications?") is an answer;
  // a request naming a person while another is open is a new request, never a correction of the open one.
  // Asked for the NISS, a grant sentence that also names applications ("gib eBirth an 90041212377") is a request: the
  // dialog tells whether it is this one (the same applications) or another.
  const namesApplications = slots.some((c) => 'slot' in c && c.type !== 'unknown' && c.slot.startsWith('applications'));
  const answers = grantSlot !== null && slots.some((c) => 'slot' in c && c.type !== 'unknown' && c.slot.split('.')[0] === grantSlot) &&
    (!namesAPerson || (grantSlot === 'niss' && !namesApplications));
  // A sentence that only takes away ("entziehe Colindos") starts no grant.
  // "… au lieu de …", "non, c'est …": a correction of the request in progress, never a new one.
  const corrects = expecting !== null && slots.some((c) => c.type === 'correct');
  // "jusqu'au 30 juin" with nothing open names no request: the dialog asks which one it is for, and opens none.
  const onlyDates = slots.length > 0 && slots.every((c) => 'slot' in c && (c.slot === 'startDate' || c.slot === 'endDate'));
  const starts = u.removal || corrects ? false : asksForGrant(text) ? !answers
    : expecting === null && !onlyDates && slots.some((c) => (c.type === 'set' || c.type === 'unknown' || c.type === 'clarify') && c.slot !== 'applications.remove');
  // "si en fait vas-y, donne-lui TCT": a grant for someone said before (the request just cancelled, if any), named by a pronoun only.
  const toSomeoneSaid = !namesAPerson && OBJECT_PRONOUN.test(` ${norm} `);
  if (starts) commands.push(toSomeoneSaid ? { type: 'startRequest', kind: 'grant', subject: 'current' } : { type: 'startRequest', kind: 'grant' });
  commands.push(...(aboutLast ? slots.map((c) => (c.type === 'set' && c.slot === 'applications.remove' ? { ...c, about: 'last' as const } : c)) : slots));
  // "geef eBirth aan Jan Peeters en aan Marie Dupont": one request is for one person; the others are said, never dropped.
  const others = starts && named && !replacement ? otherPeopleNamed(text, named, vocab, context.now) : [];
  if (others.length > 0) commands.push(set('otherPeople', others));
  // Asked for the NISS, an answer that is none ("85O73003328", "je ne sais plus") is a NISS typed wrong: said with what is wrong.
  // "yes" to "did you mean Jan Peeters?" (asked where the NISS is): the dialog knows whether a name was offered.
  // "nee", "geen van beiden", "none of them": a short no, with nothing else read.
  const answer = (grantSlot === 'niss' || expecting === 'people.niss') && commands.length === 0 && normalize(text).split(/\s+/).length <= 5 ? yesNo(text) : undefined;
  // "nee", "nein", "non" where a NISS is asked: a refusal (no to the name offered, or to giving one), never a NISS typed wrong.
  if (answer === 'no') return [set('nearName', 'no')];
  if (grantSlot === 'niss' && commands.length === 0) {
    const check = checkNiss(text, new Date(context.now));
    if (!check.ok) commands.push({ type: 'unknown', slot: 'niss', text: text.trim(), problem: check.problem });
    if (answer) commands.push(set('nearName', answer));
  }
  // "nein" to a choice (the entity, the qualité, the applications, the role, the function): none of those offered, said
  // and asked again with the way out, never "no such application" nor "a NISS holds only digits".
  if (grantSlot !== null && DECLINABLE.has(grantSlot) && normalize(text).split(/\s+/).length <= 2 && yesNo(text) === 'no' &&
    commands.every((c) => c.type === 'unknown' && c.slot === 'applications')) {
    commands.splice(0, commands.length, set('declined', 'no'));
  }
  // "non", "aucune", "pas de fin" to the end date's question: there is none.
  if (grantSlot === 'endDate' && isSkip(text) && !slots.some((c) => 'slot' in c && (c.slot === 'endDate' || c.slot === 'startDate'))) commands.push(set('endDate', null));
  // "oui" with nothing asked: a yes to what was just done, if anything.
  // "of ja toch wel, doe maar" with nothing asked (just after a cancel): a yes, however many words.
  if (expecting === null && commands.length === 0 && u.yesNo && (normalize(text).split(/\s+/).length <= 2 || goesAhead(text))) commands.push(set('confirm', u.yesNo));
  if (grantSlot === 'confirm' || expecting === 'people.confirm') {
    const only = onlyThese(text, vocab, context.now);
    if (only) commands.push({ type: 'keepOnly', ...only });
    // "garde-le", "behalte es", "keep it", "hou het maar" at the summary of taking something away: nothing taken, a no.
    else if (expecting === 'people.confirm' && hasAny(norm, WORDS.stays) && u.yesNo !== 'yes' && !commands.some((c) => c.type === 'set' && c.slot === expecting)) {
      commands.push(set(expecting, 'no'));
    }
  }
  return commands;
}

/** "Sarah Moens Zugangsverwalterin": a German role noun, capitalised, is no part of the name before it. */
const withoutRoleWords = (name: string) =>
  name.split(' ').filter((w) => !hasAny(normalize(w).replace(/['-]/g, ' '), [...WORDS.accessManager, ...WORDS.coManager])).join(' ');
/**
 * The questions with choices, where a bare no stops the request (as it does at the summary). Not the end date's,
 * the title's or an e-mail's: there a no says there is none.
 */
const STOPPED_BY_NO = new Set<string>(['entity', 'quality', 'applications', 'role', 'function', 'people.entity', 'people.quality', 'people.person', 'people.revokeWhich', 'people.bulkApplications']);
const NO_WORDS = new Set(WORDS.no);
const BESIDE_NO = new Set([...WORDS.polite, ...WORDS.interjections, 'merci', 'danke', 'dank', 'bedankt', 'thanks', 'thank', 'you', 'je', 'u', 'wel', 'schon', 'sehr', 'beaucoup']);
/** "non", "nee", "nein danke", "no thanks", "non merci": a no, with nothing but politeness beside it. */
const words = (text: string) => normalize(text).replace(/['’-]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter(Boolean);
function isBareNo(text: string): boolean {
  const ws = words(text);
  return ws.some((w) => NO_WORDS.has(w)) && ws.every((w) => NO_WORDS.has(w) || BESIDE_NO.has(w));
}

/** Words that stand for a person already named: "lui", "ihm", "hem", "her". */
const PRONOUNS = ['lui', 'elle', 'ihm', 'ihr', 'hem', 'haar', 'him', 'her', 'them', 'zijn', 'sein', 'seine', 'seinen', 'his', 'son', 'sa', 'ses'];

/** The questions that list numbered choices. */
const NUMBERED = new Set<string>(['entity', 'quality', 'niss', 'applications']);
/** The people dialog's (several may be chosen of the applications to revoke). */
const PEOPLE_NUMBERED = new Set<string>(['people.entity', 'people.quality', 'people.person', 'people.revokeWhich']);

/** "2", "1, 3", "1 et 3": the numbers of a numbered answer (several only where several may be chosen). */
function numbersOf(text: string, several: boolean): number[] | undefined {
  const norm = normalize(text).replace(/[.!]+$/, '').trim();
  if (!/^\d{1,2}(?:\s*(?:,|;|et|en|und|and|\s)\s*\d{1,2})*$/.test(norm)) return undefined;
  const numbers = norm.split(/\D+/).filter(Boolean).map(Number);
  return several || numbers.length === 1 ? numbers : undefined;
}

/** The vocabulary with the network's entities where the manager holds no role among the others. */
const everyEntity = (vocab: Vocabulary): Vocabulary =>
  vocab.otherEntities?.length ? { ...vocab, entities: [...vocab.entities, ...vocab.otherEntities], otherEntities: [] } : vocab;

/** The grant's questions that offer choices, and whether an understanding names one of them. */
const CHOICES: Partial<Record<Slot, (u: Understanding, text: string, context: ReadContext) => boolean>> = {
  entity: (u) => u.entity !== undefined || u.entityAmbiguous !== undefined,
  quality: (u) => u.qualityKind !== undefined,
  role: (u) => u.role !== undefined,
  function: (u) => u.functionKind !== undefined,
  applications: (u) => (u.applications?.add.length ?? 0) > 0 || u.applicationsAmbiguous !== undefined,
};
/** The people dialog's questions that offer choices, read as the grant's of the same kind; which person: a name or a NISS. */
const PEOPLE_CHOICES: Record<string, (u: Understanding, text: string, context: ReadContext) => boolean> = {
  'people.entity': CHOICES.entity!,
  'people.quality': CHOICES.quality!,
  'people.revokeWhich': (u) => (u.applications?.add.length ?? 0) > 0 || (u.applications?.remove.length ?? 0) > 0,
  'people.bulkApplications': CHOICES.applications!,
  'people.person': (u, text, context) => u.niss !== undefined || u.personName !== undefined || personByName(text, context.vocabulary, context.now) !== undefined,
};
/** A short answer (a few words) is an answer when it names one of the choices asked. */
const SHORT_ANSWER_WORDS = 5;

/**
 * Asked a question with choices (the grant's or the people dialog's), a short answer that names one, or says its
 * position ("die zweite", "the first one"), answers it: "retire Colindos" to "which applications?" is no new request.
 */
function answersChoice(text: string, expecting: string | null, context: ReadContext): boolean {
  const slot = expecting && !expecting.includes('.') ? (expecting as Slot) : null;
  const names = slot ? CHOICES[slot] : expecting ? PEOPLE_CHOICES[expecting] : undefined;
  if (!names || normalize(text).split(/\s+/).length > SHORT_ANSWER_WORDS) return false;
  if (choiceNumber(text) !== undefined) return true;
  return names(understand(text, context.vocabulary, { expecting: slot, now: context.now, locale: context.locale ?? 'fr' }), text, context);
}

/** "Supprimez Sarah Moens", "Désinscrivez Sarah Moens": a verb that opens the sentence with a capital is no part of the name. */
function withoutVerb(name: string): string {
  const [first, ...rest] = name.split(/\s+/);
  return rest.length >= 2 && [...WORDS.revokeVerbs, ...WORDS.deleteVerbs, ...WORDS.leaves].includes(normalize(first!)) ? rest.join(' ') : name;
}

/** Leaving the entity said with applications, and no verb that takes them away: a removal or a revocation, not to guess. */
const leavesWithApplications = (u: Understanding, norm: string) =>
  hasAny(norm, WORDS.leaves) && !hasAny(norm, WORDS.revokeVerbs) && !hasAny(norm, WORDS.deleteVerbs) && !endsFunction(norm) && appsOf(u).length > 0;

/**
 * The people request on a person named by name, if the sentence is one. Without a name (none found), only the end of a
 * function and a removal from an entity are started (when `unnamed` allows it), their person asked.
 */
function byName(name: string | undefined, u: Understanding, norm: string, unnamed = false): Intent | undefined {
  const scope = u.entity !== undefined ? { entity: u.entity } : {};
  const who = name !== undefined ? { name } : {};
  if (name === undefined && !unnamed) return undefined;
  if (endsFunction(norm)) return { kind: 'endFunction', niss: null, ...who, endDate: u.endDate ?? u.startDate ?? null, ...scope };
  // "peter vandamme hat gekündigt, bitte aus iris sud austragen", "sarah moens gaat bij ons weg": leaving the entity, a removal.
  const leaving = hasAny(norm, WORDS.leaves);
  // "haal sarah wouters weg uit iris sud": a separable verb, its particle at the end.
  if (!hasAny(norm, WORDS.revokeVerbs) && !u.removal && !leaving && !hasAny(norm, GOES_OUT) && !/\bhaal\b.*\bweg\b/.test(norm)) return undefined;
  const applications = appsOf(u);
  // An application named, even one unknown or unclear ("plus besoin de Medimed"), is taken away, never the person removed.
  const namesApplication = applications.length > 0 || (u.applicationsUnknown?.length ?? 0) > 0 || u.applicationsAmbiguous !== undefined;
  if (leaving && !namesApplication && !hasAny(norm, ACCESS_NOUNS) && (name !== undefined || u.entity !== undefined)) return { kind: 'removeUser', niss: null, ...who, ...scope };
  // "retire Jan Peeters de IRIS Sud" removes him; "revoke all access for Jan Peeters at IRIS Sud" takes his access (which ones is asked).
  if (!namesApplication && !hasAny(norm, ACCESS_NOUNS) && (u.entity !== undefined || u.entityWithoutRole !== undefined || FROM_ENTITY.test(norm))) {
    // Unnamed, only with the entity named: "supprime-le de Sainte-Anne" said of someone the sentence names elsewhere.
    if (name === undefined && u.entity === undefined) return undefined;
    return { kind: 'removeUser', niss: null, ...who, ...scope };
  }
  return name !== undefined ? { kind: 'revoke', niss: null, name, applications, ...scope } : undefined;
}

/** "mag eruit bij Sainte-Anne", "kann raus aus …", "peut partir de la liste", "can go from …": the person leaves (or, with an application, it does). */
const GOES_OUT = ['mag eruit', 'mogen eruit', 'kan eruit', 'moet eruit', 'mag er uit', 'kan er uit', 'moet er uit', 'mag weg', 'kan weg', 'moet weg',
  'kann raus', 'darf raus', 'muss raus', 'kann weg', 'darf weg', 'muss weg', 'peut partir', 'peut sortir', 'peut etre retire', 'peut etre retiree',
  'can go from', 'can go off', 'can be removed', 'can be taken off', 'can leave the list'];

/** A name in lower case or a surname alone, except in answer to whose collaborator the person is ("for Dr Peeters"). */
const looseFor = (text: string, context: ReadContext) =>
  context.expecting === 'role' || context.expecting === 'function' ? undefined
    : titledName(text, context.vocabulary, context.now) ?? looseName(text, context.vocabulary, context.now) ?? nameAfterVerb(text, context.vocabulary, context.now) ??
      freeName(text, context.vocabulary, context.now);

const set = (slot: string, value: unknown): Command => ({ type: 'set', slot, value });
const appsSet = (codes: string[]): Command[] => (codes.length > 0 ? [set('applications', codes)] : []);
const appsOf = (u: Understanding) => [...new Set([...(u.applications?.add ?? []), ...(u.applications?.remove ?? [])])];

function slotsOfHead(head: string, norm: string, context: ReadContext, replacement: ReturnType<typeof replacedSlots>): Command[] {
  const grantSlot = context.expecting && !context.expecting.includes('.') ? (context.expecting as Slot) : null;
  const u = understand(head, context.vocabulary, { expecting: grantSlot, now: context.now, locale: context.locale ?? 'fr', ...(context.startDate !== undefined ? { startDate: context.startDate } : {}) });
  const person = u.niss === undefined ? u.personName ?? personByName(head, context.vocabulary, context.now) ?? looseFor(head, context) : undefined;
  return slotCommands(head, u, person, norm, context, replacement);
}

/** What the sentence says of the grant's slots, as set, correct, clarify and unknown commands. */
function slotCommands(
  text: string, u: Understanding, person: string | undefined, norm: string, context: ReadContext, replacement: ReturnType<typeof replacedSlots>,
): Command[] {
  const out: Command[] = [];
  const grantSlot = context.expecting;
  // "non, c'est 90041212377", "X au lieu de Y", "plutôt le 3 mars": the values replace what was said.
  const padded = ` ${norm} `;
  const replaces = INSTEAD_OF.test(padded) || REPLACE_VERB.test(padded) || hasAny(norm, WORDS.change) || (u.yesNo === 'no' && WORDS.no.includes(norm.split(' ')[0]!));
  // "donne Colindos à Jan Peeters au lieu de Marie Dupont": what the marker names (a person) is corrected; the rest is said again.
  const replaced = replaces ? replacement?.slots : undefined;
  const put = (slot: string, value: unknown): Command => ({ type: replaces && (!replaced || replaced.has(slot)) ? 'correct' : 'set', slot, value });

  if (u.entity !== undefined) out.push(put('entity', u.entity));
  else if (u.entityAmbiguous) out.push({ type: 'clarify', slot: 'entity', candidates: u.entityAmbiguous.candidates });
  else if (u.entityWithoutRole) out.push({ type: 'unknown', slot: 'entity', text: u.entityWithoutRole, problem: 'noRole' });
  else {
    const unknown = u.entityUnknown ?? unknownEntity(text) ??
      unknownPlace(text, (name) => namesSomethingElse(name, person, context), { locale: context.locale, personNamed: person !== undefined || u.niss !== undefined, expecting: grantSlot });
    if (unknown) out.push({ type: 'unknown', slot: 'entity', text: unknown });
  }
  if (u.qualityKind) out.push(put('quality', u.qualityKind));
  if (u.niss !== undefined) out.push(put('niss', u.niss));
  else if (u.nissError) {
    const typed = findNissNumbers(text, context.now).find((f) => f.error);
    out.push({ type: 'unknown', slot: 'niss', text: typed ? text.slice(typed.start, typed.end) : '', problem: u.nissError.problem });
  }
  // "niet Marie Dupont maar Jan Peeters": the person named replaces the one of the request (applications keep their own reading).
  if (person) out.push(NOT_BUT.test(padded) ? { type: 'correct', slot: 'person', value: person } : put('person', person));
  if (u.copyFrom) out.push(set('copyFrom', u.copyFrom));
  // Asked for applications, an answer that is a list ("hospisup, eHealthBox") is read as one: a clean list may hold names
  // with "et" in them, and each name in it that is no application is said.
  const listed = grantSlot === 'applications' && !u.removal && !u.applicationsReplaced ? pickMany(text, applicationOptions(context.vocabulary)) : undefined;
  const unlisted = (listed && listed.ids.length > 0 ? listed.unknown : []).filter((w) => !yesNo(w) && !WORDS.polite.includes(normalize(w)));
  if (listed && listed.ids.length > 0 && unlisted.length === 0 && listed.ambiguous.length === 0 && !u.applications?.also && !u.applicationsAmbiguous &&
    listed.ids.length > (u.applications?.add.length ?? 0)) {
    const guessed = listed.guessed.map((g) => ({ text: g.text, code: g.id }));
    out.push({ ...put('applications', listed.ids), ...(guessed.length ? { readAs: guessed } : {}) } as Command);
  } else if (u.applications) {
    const { add, remove, also } = u.applications;
    const readAs = u.applicationsGuessed?.length ? { readAs: u.applicationsGuessed } : {};
    if (u.applicationsReplaced) out.push({ type: 'correct', slot: 'applications', value: { add: u.applicationsReplaced.added, remove: u.applicationsReplaced.removed }, ...readAs });
    else if (u.removal) out.push({ type: 'set', slot: 'applications.remove', value: remove, revoke: true });
    else {
      if (add.length > 0) out.push({ ...(also ? set('applications.add', add) : put('applications', add)), ...readAs } as Command);
      if (remove.length > 0) out.push(set('applications.remove', remove));
    }
  }
  if (u.applicationsAmbiguous) out.push({ type: 'clarify', slot: 'applications', candidates: u.applicationsAmbiguous.candidates, text: u.applicationsAmbiguous.text });
  // An answer to the applications' question that names none of them is said back whole, as typed.
  const unread = listed && listed.ids.length === 0 && listed.ambiguous.length === 0 && !u.applications && !u.applicationsAmbiguous && !u.applicationsUnknown?.length ? listed.unknown : [];
  const unknownWords = [...new Set([...(u.applicationsUnknown ?? []), ...unlisted, ...unread])];
  // "hospi" is asked back among its candidates, not said unknown as well.
  for (const word of unknownWords.filter((w) => w !== u.applicationsAmbiguous?.text)) out.push({ type: 'unknown', slot: 'applications', text: asTyped(text, word) });
  if (u.role) out.push(put('role', u.role));
  if (u.functionKind) out.push(put('function', u.functionKind));
  // Each date read in next year is said back on the command of that date.
  const ahead = (date: string | undefined) => {
    const items = (u.readAhead ?? []).filter((r) => r.date === date);
    return items.length > 0 ? { readAhead: items } : {};
  };
  if (u.startDate) out.push({ ...put('startDate', u.startDate), ...ahead(u.startDate) } as Command);
  if (u.endDate) out.push({ ...put('endDate', u.endDate), ...(u.endDate !== u.startDate ? ahead(u.endDate) : {}) } as Command);
  if (u.dateError) out.push({ type: 'unknown', slot: u.dateError.which, text: text.trim(), problem: u.dateError.problem, ...(u.dateError.date ? { date: u.dateError.date } : {}) });
  if (u.email) out.push(put('email', u.email));
  if (u.change) out.push({ type: 'correct', slot: u.change, value: null });
  if (u.yesNo && grantSlot && (YES_NO_SLOTS.has(grantSlot) || /\.confirm\w*$/.test(grantSlot))) out.push(set(grantSlot, u.yesNo));
  return out;
}

/** "Sainte-Anne", "eBirth", "Kevin Maes", "Monday": words after "at" or "in" that name what is known, a date or the person, not an unknown place. */
function namesSomethingElse(name: string, person: string | undefined, context: ReadContext): boolean {
  if (person !== undefined && (normalize(person).includes(normalize(name)) || normalize(name).includes(normalize(person)))) return true;
  const u = understand(name, context.vocabulary, { expecting: null, now: context.now, locale: context.locale ?? 'fr' });
  return u.entity !== undefined || u.entityAmbiguous !== undefined || u.entityWithoutRole !== undefined || u.applications !== undefined || u.applicationsAmbiguous !== undefined ||
    u.qualityKind !== undefined || u.startDate !== undefined || u.endDate !== undefined || u.dateError !== undefined || u.niss !== undefined;
}

const applicationOptions = (vocab: Vocabulary) =>
  vocab.applications.map((a) => ({ id: a.code, labels: [a.code, a.names.fr, a.names.nl, a.names.de, a.names.en, ...a.aliases] }));

/** The word as the manager typed it ("Xyzzy"), found back from its normalized form. */
function asTyped(text: string, word: string): string {
  return text.split(/[\s,;:!?()«»"]+/).map((w) => w.replace(/^['’]+|['’.]+$/g, '')).find((w) => normalize(w).replace(/^[a-z]['’]/, '') === word || normalize(w) === word) ?? word;
}

/** "Jan Peeters svp": the name without the politeness after it. */
function withoutPoliteness(text: string): string {
  const ws = text.trim().split(/\s+/);
  for (let k = Math.min(4, ws.length - 1); k >= 1; k--) {
    const tail = normalize(ws.slice(-k).join(' ')).replace(/['-]/g, ' ').replace(/[.,!]/g, '').trim();
    if (WORDS.polite.includes(tail)) return ws.slice(0, -k).join(' ').replace(/[\s,]+$/, '');
  }
  return text.trim();
}

/**
 * The slots that what follows "au lieu de", "instead of", "statt", "in plaats van" names: those are the ones replaced.
 * undefined when that part names none (or there is no such marker): every value said replaces.
 */
function replacedSlots(text: string, context: ReadContext): { index: number; slots: Set<string> } | undefined {
  // Accents off, one character for one, so that positions hold in the text as typed.
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'");
  if (folded.length !== text.length) return undefined;
  const marker = INSTEAD_OF.exec(folded);
  if (!marker) return undefined;
  const tail = text.slice(marker.index);
  const u = understand(tail, context.vocabulary, { expecting: null, now: context.now, locale: context.locale ?? 'fr' });
  const slots = new Set<string>();
  if (u.entity !== undefined || u.entityWithoutRole) slots.add('entity');
  if (u.qualityKind) slots.add('quality');
  if (u.niss !== undefined) slots.add('niss');
  if (u.personName || personByName(tail, context.vocabulary, context.now)) slots.add('person');
  if (u.applications) slots.add('applications');
  if (u.role) slots.add('role');
  if (u.startDate || u.dateError?.which === 'startDate') slots.add('startDate');
  if (u.endDate || u.dateError?.which === 'endDate') slots.add('endDate');
  if (u.email) slots.add('email');
  return slots.size > 0 ? { index: marker.index, slots } : undefined;
}
