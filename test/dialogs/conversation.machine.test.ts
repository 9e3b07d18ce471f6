import { createActor, fromPromise, waitFor } from 'xstate';
import { conversationMachine, type ConversationEvent, type ConversationSnapshot, type ReadInput } from '../../dialogs/conversation.machine';
import type { Reply } from '../../dialogs/conversation.view';
import { helpdeskMachine, type GuideApp } from '../../dialogs/helpdesk/helpdesk.machine';
import type { PeopleNotice } from '../../src/i18n/people.catalog';
import { readCommands, type Command } from '../../dialogs/understanding/commands';
import type { Said } from '../../dialogs/view';
import type { GrantRequest } from '../../dialogs/grant/grant-access.types';
import type { Locale } from '../../src/domain/locale';
import { ANNE, APPS, IRIS, NOW, fakeGrantMachine } from './support/grant-world';
import { ANNE as PEOPLE_ANNE, IRIS as PEOPLE_IRIS, fakePeopleMachine, type Call, type World as PeopleWorld } from './support/people-world';

/**
 * The conversation machine with its real children (grant, people, helpdesk dialogs) on fake I/O:
 * what the manager reads after each message, and which dialog holds the conversation.
 */

const VOCABULARY = { entities: [IRIS, ANNE], qualityKinds: [], applications: APPS };

interface World extends PeopleWorld {
  helpdeskOnly?: boolean;
}

function start(world: World = {}) {
  const executed: GrantRequest[] = [];
  const refused: { managerId: number; action: string; asked: string }[] = [];
  const calls: Call[] = [];
  const machine = conversationMachine.provide({
    actors: {
      grant: fakeGrantMachine({}, executed),
      helpdesk: helpdeskMachine.provide({
        actors: {
          diagnose: fromPromise<PeopleNotice, { managerId: number; niss: string; text: string }>(async ({ input }) => ({ key: 'diagUnknownNiss', params: { niss: input.niss } })),
          findApplication: fromPromise<GuideApp | null, { text: string; locale: Locale }>(async () => ({ name: 'Colindos', needsFunction: true })),
        },
      }),
      people: fakePeopleMachine({ entities: [PEOPLE_IRIS], ...world }, calls),
      // As the bot's reader: with the grant dialog's reading context when the message is for it.
      readMessage: fromPromise<Command[], ReadInput>(async ({ input }) => {
        const { loaded, ...grant } = input.grant ?? { loaded: false };
        const vocabulary = loaded && 'vocabulary' in grant ? grant.vocabulary : VOCABULARY;
        return readCommands(input.text, { ...grant, vocabulary, now: input.now, expecting: input.expecting });
      }),
      isHelpdeskOnly: fromPromise<boolean, { managerId: number }>(async () => world.helpdeskOnly ?? false),
      auditRefusal: fromPromise<void, { managerId: number; action: 'grantAccess'; asked: string; at: number }>(async ({ input }) => {
        refused.push({ managerId: input.managerId, action: input.action, asked: input.asked });
      }),
    },
  });
  const input = { conversationId: 'conv-1', managerId: 3, activationDelayMs: 1_200_000 };
  let actor = createActor(machine, { input }).start();
  const send = async (event: ConversationEvent, turn: Partial<Extract<ConversationEvent, { type: 'TURN' }>> = {}): Promise<Reply> => {
    actor.send({ type: 'TURN', at: NOW, locale: 'fr', ...turn });
    actor.send(event);
    const settled = await waitFor(actor, (s) => s.status === 'error' || !s.hasTag('busy'));
    if (settled.status === 'error') throw settled.error;
    return settled.context.reply!;
  };
  // Typed words, "annuler" too, are read by the machine; the Cancel button is a CANCEL.
  const say = (text: string) => send(text === '<Cancel button>' ? { type: 'CANCEL' } : { type: 'TEXT', text });
  /** Saved (as JSON, as the store keeps it) and resumed by a new actor, as the next turn's runner does. */
  const restore = () => {
    const saved = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as ConversationSnapshot;
    actor.stop();
    actor = createActor(machine, { snapshot: saved, input }).start();
  };
  return { say, send, restore, executed, refused, calls, snapshot: () => actor.getSnapshot() };
}

/** A sentence as the test reads it: its catalog key ('chat.backToRequest'), or a literal's text. */
function keyOf(said: Said): string {
  if ('literal' in said) return said.literal;
  if ('key' in said) return said.key;
  const [area, notice] = Object.entries(said)[0] as [string, { key: string }];
  return `${area}.${notice.key}`;
}

/** A step: what the manager types ('<restore>': the conversation saved and resumed), the question asked after (null: none), the sentences said. */
type Step = [user: string, slot: string | null, notices?: string[]];

/** A page of the list: 15 people, 10 shown. */
const LIST = ['chat.listHeader', 'chat.listLines', 'chat.listMore'];

const GRANT_TO_NISS: Step[] = [
  ['bonjour', 'entity'],
  ['2', 'quality'],
  ['1', 'niss'],
];
const GRANT_TO_CONFIRM: Step[] = [...GRANT_TO_NISS, ['85.07.30-033.28', 'confirmPerson'], ['oui', 'applications'], ['ebirth', 'confirm']];

async function walk(steps: Step[], world: World = {}) {
  const c = start(world);
  for (const [i, [user, slot, notices]] of steps.entries()) {
    if (user === '<restore>') {
      c.restore();
      continue;
    }
    const reply = await c.say(user);
    const at = `step ${i + 1} ("${user}")`;
    expect([at, reply.view.prompt?.slot ?? null]).toEqual([at, slot]);
    if (notices) expect([at, reply.view.notices.map(keyOf)]).toEqual([at, notices]);
  }
  return c;
}

/** A user trial: at a revocation's confirmation, a new request, a status question or a correction was "answer yes or no". */
const REVOKE: Step = ['retire HospiSup à 85073003328', 'people.confirm'];
const REVOKE_CONFIRM_INTERRUPTED: { name: string; steps: Step[]; world?: World }[] = [
  ...([
    ['fr', 'donne Colindos à Jan Peeters à IRIS Sud'], ['nl', 'geef Colindos aan Jan Peeters bij IRIS Sud'],
    ['de', 'gib Colindos an Jan Peeters bei IRIS Sud'], ['en', 'give Colindos to Jan Peeters at IRIS Sud'],
  ] as const).map(([lang, said]) => ({
    name: `${lang}: a grant asked at a revocation's confirmation sets it aside, said, and the grant is asked (nobody so named in this world)`,
    steps: [REVOKE, [said, 'niss', ['chat.setAside', 'nobodyNamed', 'nissOfNamed', 'qualityFromApplications']], ['85.07.30-033.28', 'confirmPerson']] as Step[],
  })),
  ...([
    ['fr', 'a removal', [['supprime 85073003328 de Hôpitaux IRIS Sud', 'people.confirm']], 'donne Colindos à 90041212377'],
    ['nl', 'an end of function', [['beëindig de functie van 85073003328 op 31-12-2026', 'people.confirm']], 'geef Colindos aan 90041212377'],
    ['de', 'a designation', [['ernenne Marie Dupont zum Zugangsverwalter, Kennung mdupont', 'people.confirm']], 'gib Colindos an 90041212377'],
    ['en', 'a removal', [['remove 85073003328 from Hôpitaux IRIS Sud', 'people.confirm']], 'give Colindos to 90041212377'],
  ] as const).map(([lang, what, before, said]) => ({
    name: `${lang}: a grant asked at ${what}'s confirmation sets it aside, said, and the grant is asked`,
    steps: [...before, [said, 'entity', ['chat.setAside']], ['1', 'confirmPerson']] as Step[],
  })),
  ...([
    ['fr', 'a-t-elle déjà Colindos ?'], ['nl', 'heeft ze al Colindos?'], ['de', 'hat sie schon Colindos?'], ['en', 'does she already have Colindos?'],
    ['fr', 'est-ce que Jan Peeters a HospiSup ?'],
  ] as const).map(([lang, said]) => ({
    name: `${lang}: "${said}" at a revocation's confirmation is answered, and the confirmation asked again`,
    steps: [REVOKE, [said, 'people.confirm', ['statusAnswer']], ['oui', null, ['people.revocationScheduled']]] as Step[],
  })),
  ...([
    ['fr', 'en fait, retire plutôt Colindos'], ['nl', 'nee, liever Colindos'], ['de', 'nein, lieber Colindos'], ['en', 'actually, revoke Colindos instead'],
  ] as const).map(([lang, said]) => ({
    name: `${lang}: "${said}" at a revocation's confirmation corrects it, said, and asks again`,
    steps: [REVOKE, [said, 'people.confirm', ['applicationsReplaced']], ['oui', null, ['people.revocationScheduled']]] as Step[],
  })),
  ...([['fr', 'pas Colindos'], ['nl', 'niet Colindos'], ['de', 'nicht Colindos'], ['en', 'not Colindos']] as const).map(([lang, said]) => ({
    name: `${lang}: "${said}" at the confirmation of revoking two takes that one out, said, and asks again`,
    steps: [['retire HospiSup et Colindos à 85073003328', 'people.confirm'], [said, 'people.confirm', ['onlyThese']], ['oui', null, ['people.revocationScheduled']]] as Step[],
  })),
  ...([
    ['fr', "non, c'est pour Marie Dupont"], ['nl', 'nee, het is voor Marie Dupont'], ['de', 'nein, nicht Jan Peeters, sondern Marie Dupont'], ['en', 'wait, not Jan Peeters, I meant Marie Dupont'],
  ] as const).map(([lang, said]) => ({
    name: `${lang}: "${said}" at a revocation's confirmation changes the person, said, and asks again`,
    world: { entities: [PEOPLE_IRIS, PEOPLE_ANNE] },
    steps: [['retire HospiSup à 90041212377', 'people.entity'], ['2', 'people.confirm'], [said, 'people.confirm', ['personReplacedByName', 'personFoundByName']], ['oui', null, ['people.revocationScheduled']]] as Step[],
  })),
];

const conversations: { name: string; steps: Step[]; world?: World }[] = [
  { name: 'a grant request, to the end', steps: [...GRANT_TO_CONFIRM, ['oui', null, ['grantDone']]] },
  { name: 'a user list: said, nothing asked', steps: [['liste les utilisateurs', null, [...LIST]], ['les 10 suivants', null]] },
  { name: 'a revocation: asked to confirm, done', steps: [['retire HospiSup à 85073003328', 'people.confirm', []], ['oui', null, ['people.revocationScheduled']]] },
  { name: 'a revocation refused at its summary', steps: [['retire HospiSup à 85073003328', 'people.confirm'], ['non', null, ['chat.sideCancelled']]] },
  { name: 'a diagnosis: answered, the helpdesk dialog over', steps: [['pourquoi 85073003328 ne peut pas ouvrir Colindos ?', null, ['people.diagUnknownNiss']], ['bonjour', 'entity']] },
  {
    name: 'the portal guide: a step per message, stopped',
    steps: [['guide Colindos', 'helpdesk.guide', []], ['suivant', 'helpdesk.guide', []], ['stop', null, ['people.guideStopped']]],
  },
  {
    name: 'a list asked mid-grant ends with the grant question, which the next answer is for',
    steps: [...GRANT_TO_NISS, ['liste les utilisateurs', 'niss', [...LIST, 'chat.backToRequest']], ['les 10 suivants', 'niss'], ['85.07.30-033.28', 'confirmPerson', []]],
  },
  {
    name: 'a diagnosis asked mid-grant hands back to the grant question',
    steps: [...GRANT_TO_NISS, ['pourquoi 90041212377 ne peut pas ouvrir Colindos ?', 'niss', ['people.diagUnknownNiss', 'chat.backToRequest']], ['85.07.30-033.28', 'confirmPerson']],
  },
  {
    name: 'a status question mid-grant is answered and leaves the request as it was',
    steps: [...GRANT_TO_CONFIRM.slice(0, 4), ["est-ce que l'accès de 85073003328 à HospiSup est actif ?", 'confirmPerson', ['statusAnswer']], ['oui', 'applications']],
  },
  {
    name: 'a revocation mid-grant: confirmed, then back to the grant summary',
    steps: [...GRANT_TO_CONFIRM, ['retire HospiSup à 85073003328', 'people.confirm', []], ['oui', 'confirm', ['people.revocationScheduled', 'chat.backToRequest']], ['oui', null, ['grantDone']]],
  },
  {
    name: 'another request at a side question is a new request, not an answer; the one waiting is said to be left aside',
    steps: [['retire HospiSup à 85073003328', 'people.confirm'], ['liste les utilisateurs', null, ['chat.setAside', ...LIST]]],
  },
  {
    name: 'another revocation at a revocation\'s confirmation: the first is said to be left aside, the second asked',
    steps: [['retire HospiSup à 85073003328', 'people.confirm'], ['retire Colindos à 85073003328', 'people.confirm', ['chat.setAside']]],
  },
  {
    name: 'cancelling a side request mid-grant goes back to the grant; cancelling again ends the grant',
    steps: [...GRANT_TO_NISS, ['retire HospiSup à 85073003328', 'people.confirm'], ['annuler', 'niss', ['chat.sideCancelled', 'chat.backToRequest']], ['annuler', null, ['cancelled']]],
  },
  {
    name: 'the Cancel button, at a side question then at the grant summary',
    steps: [...GRANT_TO_CONFIRM, ['retire HospiSup à 85073003328', 'people.confirm'], ['<Cancel button>', 'confirm', ['chat.sideCancelled', 'chat.backToRequest']], ['<Cancel button>', null, ['cancelled']]],
  },
  {
    name: 'a stop beside a list left open is for the grant request waiting',
    steps: [...GRANT_TO_NISS, ['liste les utilisateurs', 'niss', [...LIST, 'chat.backToRequest']], ['stop', null, ['cancelled']], ['bonjour', 'entity']],
  },
  {
    name: 'help at a side question says what is awaited and asks it again',
    steps: [...GRANT_TO_NISS, ['retire HospiSup à 85073003328', 'people.confirm'], ['aide', 'people.confirm', ['chat.sideHelp']], ['oui', 'niss', ['people.revocationScheduled', 'chat.backToRequest']]],
  },
  {
    name: 'resumed mid-grant, the request continues',
    steps: [...GRANT_TO_NISS, ['<restore>', null], ['85.07.30-033.28', 'confirmPerson'], ['<restore>', null], ['oui', 'applications']],
  },
  {
    name: 'resumed mid-side request (with a grant waiting), both continue',
    steps: [...GRANT_TO_NISS, ['retire HospiSup à 85073003328', 'people.confirm'], ['<restore>', null], ['oui', 'niss', ['people.revocationScheduled', 'chat.backToRequest']], ['<restore>', null], ['85.07.30-033.28', 'confirmPerson']],
  },
  {
    name: 'a people request in the middle of a guide ends the guide and is answered',
    steps: [['guide Colindos', 'helpdesk.guide'], ['liste les utilisateurs', null, LIST], ['bonjour', 'entity']],
  },
  {
    name: 'resumed mid-guide, the guide goes on',
    steps: [['guide Colindos', 'helpdesk.guide'], ['<restore>', null], ['suivant', 'helpdesk.guide'], ['stop', null, ['people.guideStopped']]],
  },
  // A user trial: a question about a pronoun mid-grant is about the request's own person: answered, then the question again.
  ...([
    ['fr', 'a-t-il déjà Colindos ?'], ['de', 'hat er schon Colindos?'], ['nl', 'heeft hij al Colindos?'], ['en', 'does she already have Colindos?'],
    ['fr', "est-ce qu'elle a déjà accès à Hospiliss ?"],
  ] as const).map(([lang, asked]) => ({
    name: `${lang}: "${asked}" mid-grant is answered for the request's person, the request left as it was`,
    steps: [...GRANT_TO_CONFIRM.slice(0, 5), [asked, 'applications', ['statusAnswer']], ['ebirth', 'confirm']] as Step[],
  })),
  // A user trial: a date, a yes or no, help or emoji with nothing under way opened a grant, and the date was lost.
  ...(["jusqu'au 30 juin", 'tot 30 juni', 'bis 30. Juni', 'until 30 June'] as const).map((date) => ({
    name: `"${date}" with nothing under way: which request it is for is asked, with the date, and none is opened`,
    steps: [[date, null, ['dateWithoutRequest']], ['bonjour', 'entity']] as Step[],
  })),
  {
    name: 'a date just after a confirmed grant: which request it is for is asked, nothing else is opened',
    steps: [...GRANT_TO_CONFIRM, ['oui', null, ['grantDone']], ["jusqu'au 30 juin", null, ['dateWithoutRequest']]],
  },
  ...(['nee', 'no', 'nein', 'non', 'oui', '😀😀👍'] as const).map((said) => ({
    name: `"${said}" with nothing under way: what can be done is asked, with examples, and no request is opened`,
    steps: [[said, null, ['howCanIHelp', 'whatYouCanDo']], ['bonjour', 'entity']] as Step[],
  })),
  {
    name: 'a "no" just after a confirmed grant: what was recorded stays so, said, and nothing is opened',
    steps: [...GRANT_TO_CONFIRM, ['oui', null, ['grantDone']], ['nee', null, ['nothingToStop', 'whatYouCanDo']]],
  },
  // A user trial: a revocation with nobody named said how to ask it and closed; the NISS typed next opened a grant.
  // Its NISS is now the question kept open: the answer continues that revocation, never a grant.
  ...([
    'Frau Dupont braucht HospiSup nicht mehr', "elle n'a plus besoin de HospiSup", "coupe l'accès HospiSup de Mme Dupont", 'neem HospiSup af van mevrouw Dupont',
    'zij heeft HospiSup niet meer nodig', 'she no longer needs HospiSup', "she doesn't need HospiSup anymore", 'remove her access to HospiSup', 'retire HospiSup',
    'entziehe HospiSup', 'trek HospiSup in', 'revoke HospiSup',
  ] as const).map((said) => ({
    name: `"${said}" with nothing under way: whose NISS is asked, and the NISS typed next continues the revocation`,
    steps: [[said, 'people.niss'], ['2', 'people.niss', ['nissNotGiven']], ['85.07.30-033.28', 'people.confirm', []], ['oui', null, ['people.revocationScheduled']]] as Step[],
  })),
  // A number or a place with no list open chooses nothing: no request is opened for it.
  ...(['2', 'la deuxième', 'de tweede', 'die zweite', 'the second one'] as const).map((said) => ({
    name: `"${said}" with nothing under way: what can be done is asked, no request opened`,
    steps: [[said, null, ['howCanIHelp', 'whatYouCanDo']]] as Step[],
  })),
  ...(['aide', 'help', 'hilfe'] as const).map((said) => ({
    name: `"${said}" with nothing under way: the help and what can be done, and no request is opened`,
    steps: [[said, null, ['help', 'whatYouCanDo']]] as Step[],
  })),
  {
    name: 'a question about a pronoun with nothing under way: who is asked, and no request is opened for it',
    steps: [['does he already have Colindos?', null, ['statusWhom', 'whatYouCanDo']], ['bonjour', 'entity']],
  },
  {
    name: 'a question about a pronoun with nobody given yet: who is asked, the request left as it was',
    steps: [...GRANT_TO_NISS, ['a-t-il déjà Colindos ?', 'niss', ['statusWhom']], ['85.07.30-033.28', 'confirmPerson']],
  },
  // Revoke, remove, end a function by name: the person looked up among the manager's users, never the NISS asked at once.
  {
    name: 'fr: a revocation by name mid-grant: the one so named found and said, confirmed, then back to the grant',
    steps: [...GRANT_TO_NISS, ['retire Colindos à Marie Dupont', 'people.confirm', ['personFoundByName']], ['oui', 'niss', ['people.revocationScheduled', 'chat.backToRequest']]],
  },
  {
    name: 'de: two so named: listed, "die zweite" picks one',
    world: { named: { 'Jan Peeters': ['90041212377', '85073003328'] } },
    steps: [['entziehe Jan Peeters Colindos', 'people.person', []], ['die zweite', 'people.confirm'], ['ja', null, ['people.revocationScheduled']]],
  },
  {
    name: 'nl: nobody so named: said, the NISS asked and taken',
    steps: [['trek Colindos in bij Lukas Maier', 'people.niss', ['chat.noUserNamed']], ['85073003328', 'people.confirm'], ['ja', null, ['people.revocationScheduled']]],
  },
  {
    name: 'en: two listed, a repeat of the request naming one is an answer (not a new request)',
    world: { named: { 'Jan Peeters': ['90041212377', '85073003328'] } },
    steps: [['remove Jan Peeters from IRIS Sud', 'people.person'], ['remove Jan Peeters please', 'people.confirm'], ['yes', null, ['people.removalScheduled']]],
  },
  {
    name: 'fr: two listed, an answer naming neither is said and asked again; "le premier" then picks',
    world: { named: { 'Jan Peeters': ['90041212377', '85073003328'] } },
    steps: [['retire Jan Peeters de IRIS Sud', 'people.person'], ['Paul Durand', 'people.person', ['invalidChoice']], ['le premier', 'people.confirm']],
  },
  ...REVOKE_CONFIRM_INTERRUPTED,
  { name: 'a helpdesk-only manager saying hello hears what the helpdesk can do', world: { helpdeskOnly: true }, steps: [['bonjour', null, ['noEntity', 'people.helpdeskHelp']]] },
];

describe('the conversation machine', () => {
  it.each(conversations)('$name', async ({ steps, world }) => {
    await walk(steps, world);
  });

  it('what is revoked after a correction at the confirmation is what the summary said: the application taken out, the person named', async () => {
    const revoked = (c: { calls: Call[] }) => c.calls.filter((x) => x.actor === 'revokeApplications').map((x) => x.input);
    const out = await walk([['retire HospiSup et Colindos à 85073003328', 'people.confirm'], ['not Colindos', 'people.confirm'], ['yes', null]]);
    expect(revoked(out)).toEqual([expect.objectContaining({ applications: ['HOSPISUP'], userId: 7 })]);
    const other = await walk([['retire HospiSup à 90041212377', 'people.entity'], ['2', 'people.confirm'], ["non, c'est pour Marie Dupont", 'people.confirm'], ['oui', null]], { entities: [PEOPLE_IRIS, PEOPLE_ANNE] });
    expect(revoked(other)).toEqual([expect.objectContaining({ applications: ['HOSPISUP'], userId: 7, qualityId: 11 })]);
  });

  // Cancel at every step: of a grant (nothing executed), and of a side request with a grant waiting.
  const grantSteps = [...GRANT_TO_CONFIRM];
  it.each(grantSteps.map((_, i) => i + 1))('a grant cancelled after %i message(s) is over, nothing executed', async (n) => {
    const c = await walk([...grantSteps.slice(0, n), ['annuler', null, ['cancelled']]]);
    expect(c.executed).toEqual([]);
    expect((await c.say('bonjour')).view.prompt?.slot).toBe('entity');
  });
  it.each([
    ['a guide', ['guide Colindos', 'helpdesk.guide'] as Step, 'people.guideStopped'],
    ['a revocation', ['retire HospiSup à 85073003328', 'people.confirm'] as Step, 'chat.sideCancelled'],
    ['a revocation by a name nobody has', ['trek Colindos in bij Lukas Maier', 'people.niss'] as Step, 'chat.sideCancelled'],
    ['a removal by name', ['remove Jan Peeters from IRIS Sud', 'people.confirm'] as Step, 'chat.sideCancelled'],
  ])('%s cancelled mid-grant, at its first question, hands back the grant question', async (_, side, said) => {
    await walk([...GRANT_TO_NISS, side, ['annuler', 'niss', [said, 'chat.backToRequest']]]);
  });

  it('"in English please" mid-grant changes the language and nothing else', async () => {
    const c = await walk(GRANT_TO_NISS);
    const reply = await c.say('in English please');
    expect(reply.locale).toBe('en');
    expect(reply.view.prompt?.slot).toBe('niss');
    expect(c.snapshot().context.locale).toBe('en');
  });

  it('"auf Deutsch bitte" at a side question: the question again in German, the grant dialog speaking German too', async () => {
    const c = await walk([...GRANT_TO_NISS, ['retire HospiSup à 85073003328', 'people.confirm']]);
    const before = c.snapshot().context.side?.prompt;
    const reply = await c.say('auf Deutsch bitte');
    expect(reply.view.notices.map(keyOf)).toEqual(['languageChanged']);
    expect(reply.view.prompt).toEqual(before);
    expect(reply.locale).toBe('de');
    const back = await c.say('oui');
    expect(back.locale).toBe('de');
    expect(back.view.prompt?.slot).toBe('niss');
  });

  it('a language picked anew in the page wins over the one asked in the chat', async () => {
    const c = await walk([['in English please', null]]);
    const reply = await c.send({ type: 'TEXT', text: 'bonjour' }, { locale: 'nl', picked: 'nl' });
    expect(reply.locale).toBe('nl');
    expect(c.snapshot().context.locale).toBeNull();
  });

  it('a helpdesk-only manager asking to grant is refused in the dialog, audited once with what was asked', async () => {
    // The NISS named is then what the helpdesk reads: a diagnosis of that person.
    const c = await walk([['donne HospiSup à 85073003328', null, ['noEntity', 'people.diagUnknownNiss']]], { helpdeskOnly: true });
    expect(c.refused).toEqual([{ managerId: 3, action: 'grantAccess', asked: 'donne HospiSup à 85073003328' }]);
    expect(c.executed).toEqual([]);
  });

  it('a card of an older question is answered as outdated, and the question waiting asked again', async () => {
    const c = await walk(GRANT_TO_NISS);
    const reply = await c.send({ type: 'TEXT', text: 'oui', expect: { slot: 'confirm', marker: '3.0.0' } });
    expect(reply.view.notices.map(keyOf)).toEqual(['cardOutdated']);
    expect(reply.view.prompt?.slot).toBe('niss');
    const side = await c.send({ type: 'TEXT', text: 'oui', expect: { slot: 'people.confirm', marker: 'people.3.1' } });
    expect(side.view.notices.map(keyOf)).toEqual(['cardOutdated', 'chat.backToRequest']);
  });

  it('a message not read is said, the question waiting kept, the conversation untouched', async () => {
    const c = await walk(GRANT_TO_NISS);
    const reply = await c.send({ type: 'UNREAD', notices: [{ input: { key: 'empty' } }] });
    expect(reply.view.notices.map(keyOf)).toEqual(['input.empty', 'input.requestKept']);
    expect(reply.view.prompt?.slot).toBe('niss');
    expect(c.snapshot().context.untouched).toBe(true);
  });

  it('after a saved conversation could not be resumed, the first reply says so', async () => {
    const c = start();
    const reply = await c.send({ type: 'TEXT', text: 'bonjour' }, { restarted: true });
    expect(reply.view.notices.map(keyOf)[0]).toBe('conversationRestarted');
    expect(reply.view.prompt?.slot).toBe('entity');
  });

  it('a snapshot of the flows saved before this machine does not resume (the runner then restarts)', () => {
    const old = { sesameFlows: 1, grant: { status: 'active', value: 'idle', context: { managerId: 3 } }, side: null, seq: 0 };
    const actor = createActor(conversationMachine, { snapshot: old as unknown as ConversationSnapshot, input: { conversationId: 'c', managerId: 3, activationDelayMs: 0 } });
    actor.subscribe({ error: () => undefined });
    actor.start();
    expect(actor.getSnapshot().status).not.toBe('active');
    actor.stop();
  });

  it('a long bulk grant tells how far it got while the turn runs, with the callback of that turn', async () => {
    const c = await walk([...GRANT_TO_NISS, ['donne HospiSup à 85073003328, 90041212377 et 78110324621', 'people.confirm'], ['<restore>', null]], { bulkOk: 20 });
    const said: Said[] = [];
    const reply = await c.send({ type: 'TEXT', text: 'oui', progress: async (n) => void said.push(n) });
    expect(said.map(keyOf)).toEqual(['chat.bulkProgress']);
    expect(reply.view.notices.map(keyOf).at(-1)).toBe('chat.backToRequest');
    expect(reply.view.prompt?.slot).toBe('niss');
  });

  it('saves nothing of the turn that cannot be saved: the message and its progress callback are gone once settled', async () => {
    const c = await walk(GRANT_TO_NISS);
    await c.send({ type: 'TEXT', text: 'retire HospiSup à 85073003328', progress: async () => undefined });
    expect(c.snapshot().context).toMatchObject({ message: null, commands: [], pending: 0 });
  });
});

/** Trial 7, defect H: a status question with a pronoun is about the request's person; after a request, about its person. */
describe('pronouns in status questions', () => {
  it.each([['fr', "qu'est-ce qu'elle a maintenant ?"], ['nl', 'wat heeft ze nu?'], ['de', 'was hat sie jetzt?'], ['en', "what's she got now?"]])(
    '%s: after a grant, "%s" answers for the person of that grant, and opens nothing',
    async (_lang, said) => {
      const c = await walk([...GRANT_TO_CONFIRM, ['oui', null], [said, null, ['statusAnswer']]]);
      const answer = c.snapshot().context;
      expect(answer.lastPerson).toEqual({ niss: '85073003328' });
      expect(c.executed).toHaveLength(1);
    },
  );

  it.each([['fr', 'elle a quoi comme acces deja ?'], ['nl', 'wat heeft ze al?'], ['de', 'was hat sie schon?'], ['en', "what's she got already?"]])(
    '%s: "%s" at the summary is answered, and the summary asked again; "oui" then grants it as it was',
    async (_lang, said) => {
      const c = await walk([...GRANT_TO_CONFIRM, [said, 'confirm', ['statusAnswer']], ['oui', null]]);
      expect(c.executed.map((r) => [r.user, r.applicationCodes])).toEqual([[c.executed[0]!.user, ['EBIRTH']]]);
      expect(c.snapshot().context.lastPerson).toEqual({ niss: '85073003328' });
    },
  );

  it('with nobody talked about yet, "qu\'est-ce qu\'elle a ?" asks whom', async () => {
    const c = await walk([["qu'est-ce qu'elle a ?", null]]);
    expect(c.snapshot().context.lastPerson).toBeNull();
    expect(c.executed).toHaveLength(0);
  });
});
