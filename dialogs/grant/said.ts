import { checkNiss, type NissProblem } from '../../src/domain/niss';
import type { Locale } from '../../src/domain/locale';
import type { Command, RequestKind } from '../understanding/commands';
import type { AsideQuestion } from '../understanding/aside-questions';
import { normalize, type FunctionKind, type PersonRole } from '../understanding/parse';
import type { DateProblem, EntityOption, Slot } from './grant-access.types';

/**
 * What the commands of one message say to the grant dialog, slot by slot: the message is read once
 * (dialogs/understanding/commands.ts), and this gathers its commands so that absorb.ts applies them
 * together (a role with its function, a start date with the end date that must follow it). Nothing
 * here reads the text.
 */
export interface Said {
  command?: 'cancel' | 'back' | 'help' | 'startOver' | 'recap';
  language?: Locale;
  /** "ça prend combien de temps ?", "c'est quoi TCT ?": answered beside the request, which stays as it was. */
  question?: AsideQuestion;
  /** The request the message starts, if any: a grant asked while another is open is another request. */
  request?: RequestKind;
  /** A question about someone's access, by NISS or by name: the request in progress is left as it was. */
  status?: { niss: string | null; name?: string; applications: string[] };
  /** "hat er schon Colindos?": a question about the request's own person (the applications asked are in `status`). */
  statusOfCurrent?: true;
  copyFrom?: string;
  niss?: string;
  nissError?: { problem: NissProblem; length: number | null; digits: string | null };
  entity?: number;
  entityAmbiguous?: number[];
  /** An entity of the network where the manager holds no role, as named ("CHU … (710555-20)"). */
  entityWithoutRole?: string;
  entityUnknown?: string;
  qualityKind?: string;
  /** also: added to those of the request ("ajoute aussi"); otherwise they replace them. */
  applications?: { add: string[]; remove: string[]; also: boolean };
  applicationsReplaced?: { removed: string[]; added: string[] };
  /** An access taken away: its applications are never granted, and the person it names is not the request's. */
  removal?: true;
  applicationsGuessed?: { text: string; code: string }[];
  applicationsUnknown?: string[];
  applicationsAmbiguous?: { text: string; candidates: string[] };
  personName?: string;
  /** "geef eBirth aan Jan Peeters en aan Marie Dupont": the people named besides the request's own. */
  otherPeople?: string[];
  /** "nein" to a choice (entity, qualité, applications, role, function): none of those offered. */
  declined?: true;
  /** "yes" or "no" where the NISS is asked: to "did you mean Jan Peeters?", if a near name was offered. */
  nearName?: 'yes' | 'no';
  /** "non, pas Marie Dupont, c'est pour Jan Peeters": the name replaces the person of the request. */
  personCorrected?: true;
  role?: PersonRole;
  functionKind?: FunctionKind;
  startDate?: string;
  endDate?: string;
  /** "aucune", "non" to the end date's question. */
  noEndDate?: true;
  /** "sans date", "zonder datum": the dates said are dropped. */
  noDates?: true;
  dateError?: { problem: DateProblem; which: 'startDate' | 'endDate'; date?: string };
  readAhead?: { said: string; date: string }[];
  email?: string;
  yesNo?: 'yes' | 'no';
  change?: Slot;
  /** The numbers of a numbered choice ("2", "1, 3"). */
  numbers?: number[];
  /** The value of a slot taken as typed (a username, a name, a title, an e-mail typed at its question), or a language chosen. */
  typed?: string;
  /** The new user's language, chosen at its question. */
  languageChosen?: Locale;
  keepOnly?: { only: string[]; stay: string[] };
}

const YES_NO = new Set(['confirm', 'confirmPerson', 'activateQuality']);
const CONVERSATION = new Set(['cancel', 'back', 'help', 'startOver', 'recap']);

/** The commands of a message, gathered; `entities`: the manager's, to tell an entity of the network where they hold no role. */
export function saidBy(commands: readonly Command[], entities: readonly EntityOption[], network: readonly { id: number; name: string; inami: string }[]): Said {
  const s: Said = {};
  const apps = () => (s.applications ??= { add: [], remove: [], also: false });
  const revoking = () => s.request === 'revoke' || s.request === 'remove';
  const asking = () => s.request === 'status' || s.request === 'audit';
  for (const c of commands) {
    if (CONVERSATION.has(c.type)) {
      s.command ??= c.type as Said['command'];
      continue;
    }
    switch (c.type) {
      case 'switchLanguage':
        s.language = c.locale;
        break;
      case 'question': {
        const { type: _type, ...question } = c;
        s.question = question as AsideQuestion;
        break;
      }
      case 'startRequest':
        s.request ??= c.kind;
        if (c.kind === 'status' || c.kind === 'audit') s.status = { niss: null, applications: [] };
        if (c.kind === 'status' && c.subject === 'current') s.statusOfCurrent = true;
        if (c.kind === 'revoke' || c.kind === 'remove') s.removal = true;
        break;
      case 'keepOnly':
        s.keepOnly = { only: c.only, stay: c.stay };
        break;
      case 'choose':
        s.numbers = c.numbers;
        break;
      case 'clarify':
        if (c.slot === 'entity') s.entityAmbiguous = c.candidates as number[];
        if (c.slot === 'applications') s.applicationsAmbiguous = { text: c.text ?? '', candidates: c.candidates as string[] };
        break;
      case 'unknown':
        if (c.slot === 'entity' && c.problem === 'noRole') s.entityWithoutRole = c.text;
        else if (c.slot === 'entity') s.entityUnknown = c.text;
        // A word that names nothing is said back as a name (in lower case, without an elision "d'…"); anything else
        // (a whole answer, markup) is said back as typed, to be shown as text.
        else if (c.slot === 'applications') (s.applicationsUnknown ??= []).push(/^[\p{L}\p{N}'’-]+$/u.test(c.text) ? normalize(c.text).replace(/^[a-z]['’]/, '') : c.text);
        else if (c.slot === 'niss') s.nissError = nissProblem(c.text, c.problem);
        else if (c.slot === 'startDate' || c.slot === 'endDate') s.dateError = { problem: (c.problem ?? 'invalid') as DateProblem, which: c.slot, ...(c.date ? { date: c.date } : {}) };
        break;
      case 'set':
      case 'correct': {
        const value = c.value;
        if (c.type === 'correct' && value === null) {
          s.change = c.slot as Slot;
          break;
        }
        if (asking()) {
          // A question about someone: who, and which applications; nothing of it goes into the request.
          if (c.slot === 'niss') s.status!.niss = value as string;
          else if (c.slot === 'person') s.status!.name = value as string;
          else if (c.slot === 'applications') s.status!.applications = value as string[];
          break;
        }
        if (revoking()) {
          // "retire Colindos à Jan Peeters": the applications taken away; the person and the entity are not the request's.
          if (c.slot === 'applications') apps().remove.push(...(value as string[]));
          break;
        }
        if ('readAs' in c && c.readAs) s.applicationsGuessed = [...(s.applicationsGuessed ?? []), ...c.readAs];
        if ('readAhead' in c && c.readAhead) s.readAhead = [...(s.readAhead ?? []), ...c.readAhead];
        switch (c.slot) {
          case 'entity': {
            const id = value as number;
            const elsewhere = entities.some((e) => e.id === id) ? undefined : network.find((e) => e.id === id);
            // Read with the network's every entity: one where the manager holds no role is said so, never taken.
            if (elsewhere) s.entityWithoutRole = `${elsewhere.name} (${elsewhere.inami})`;
            else s.entity = id;
            break;
          }
          case 'quality': s.qualityKind = value as string; break;
          case 'niss': s.niss = value as string; break;
          case 'person':
            s.personName = value as string;
            if (c.type === 'correct') s.personCorrected = true;
            break;
          case 'copyFrom': s.copyFrom = value as string; break;
          case 'otherPeople': s.otherPeople = value as string[]; break;
          case 'nearName': s.nearName = value as 'yes' | 'no'; break;
          case 'declined': s.declined = true; break;
          case 'applications':
            if (Array.isArray(value)) apps().add.push(...(value as string[]));
            else {
              const { add, remove } = value as { add: string[]; remove: string[] };
              s.applicationsReplaced = { removed: remove, added: add };
              apps().add.push(...add);
              apps().remove.push(...remove);
            }
            break;
          case 'applications.add':
            apps().add.push(...(value as string[]));
            apps().also = true;
            break;
          case 'applications.remove':
            apps().remove.push(...(value as string[]));
            if ('revoke' in c && c.revoke) s.removal = true;
            break;
          case 'role': s.role = value as PersonRole; break;
          case 'function': s.functionKind = value as FunctionKind; break;
          case 'startDate':
            if (value === null) s.noDates = true;
            else s.startDate = value as string;
            break;
          case 'endDate':
            if (value === null) s.noEndDate = true;
            else s.endDate = value as string;
            break;
          case 'email': s.email = value as string; break;
          case 'language': s.languageChosen = value as Locale; break;
          default:
            if (YES_NO.has(c.slot) && (value === 'yes' || value === 'no')) s.yesNo = value;
            else if (typeof value === 'string') s.typed = value;
        }
        break;
      }
    }
  }
  return s;
}

/** A NISS typed wrong, said with what is wrong in it (its length, or its check digits). */
export function nissProblem(typed: string, problem: string | undefined): Said['nissError'] {
  const digits = typed.replace(/\D/g, '');
  const r = checkNiss(digits);
  const p = (problem ?? (r.ok ? 'checksum' : r.problem)) as NissProblem;
  return { problem: p, length: r.ok ? null : r.length ?? null, digits: p === 'checksum' ? digits.slice(9) : null };
}
