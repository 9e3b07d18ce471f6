import { createActor, fromPromise, waitFor } from 'xstate';
import { helpdeskMachine, type GuideApp, type HelpdeskReply } from '../../dialogs/helpdesk/helpdesk.machine';
import { parseHelpdesk } from '../../dialogs/understanding/helpdesk-reading';
import { helpdeskText } from '../../src/i18n/helpdesk-reply';
import { viewOf } from '../../dialogs/helpdesk/helpdesk.view';
import { say } from '../../src/bot/i18n';
import { helpdeskMachineFor } from '../../src/bot/helpdesk-actors';
import type { PeopleNotice } from '../../src/i18n/people.catalog';
import type { Store } from '../../src/store/store';
import type { Locale } from '../../src/domain/locale';
import { demoStore } from '../store/fixtures';
import { grant, lookUp } from '../store/people-fixtures';
import { readCommands } from '../../dialogs/understanding/commands';
import { vocabulary } from './understanding/fixture';

describe('parseHelpdesk', () => {
  it.each([
    ['pourquoi 85.07.30-033.28 ne peut pas ouvrir Colindos ?', { kind: 'diagnose', niss: '85.07.30-033.28' }],
    ["why can't 85073003328 open HospiSup?", { kind: 'diagnose', niss: '85073003328' }],
    ['Guide Colindos', { kind: 'guide', application: 'colindos' }],
    ['gids', { kind: 'guide', application: '' }],
    ['bonjour', { kind: 'other' }],
  ])('%s', (text, expected) => expect(parseHelpdesk(text)).toMatchObject(expected));
});

describe('the helpdesk conversation, against the demo store', () => {
  let store: Store;
  beforeEach(async () => {
    store = demoStore();
    const ids = lookUp(store);
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] }, Date.now());
  });
  afterEach(() => store.close());

  /** Each message as the conversation gives it: the first starts the dialog, the next ones reach it while it waits; once over, the next starts anew. */
  async function chat(locale: Locale, texts: string[]): Promise<string[]> {
    const helpdesk = store.people.managerByChannelUserId('demo-helpdesk')!;
    let actor: ReturnType<typeof start> | undefined;
    const start = () => createActor(helpdeskMachineFor(store), { input: { managerId: helpdesk.id, locale } }).start();
    const out: string[] = [];
    for (const text of texts) {
      actor ??= start();
      actor.send({ type: 'TURN', at: Date.now() });
      // As the conversation gives it: with the message read once (the person named, whether logging in fails).
      actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary, now: Date.now(), expecting: null }) });
      const snap = await waitFor(actor, (s) => s.status === 'done' || s.matches('guiding'));
      out.push(helpdeskText(snap.context.reply as HelpdeskReply, locale));
      if (snap.status === 'done') actor = undefined;
    }
    return out;
  }

  it('diagnoses from a sentence, naming the application in any language', async () => {
    const [pending, none] = await chat('fr', ['pourquoi 85.07.30-033.28 ne peut pas ouvrir HospiSup ?', 'et 90041212377, il ne peut pas ouvrir Colindos ?']);
    expect(pending).toMatch(/^L'accès de Dr Marie Dupont à HospiSup est enregistré et sera actif le \d\d\/\d\d\/\d{4} à \d\d:\d\d\./);
    expect(none).toBe("Jan Peeters n'a pas reçu l'accès à Colindos. Un gestionnaire d'accès doit le lui donner.");
  });

  // The person by name, looked up among the agent's users (the grant dialog's search), in every language; logging in is the account's.
  it.each<[Locale, string, RegExp | string]>([
    ['fr', "pourquoi Marie Dupont n'a toujours pas accès à HospiSup ?", /^L'accès de Dr Marie Dupont à HospiSup est enregistré et sera actif le \d\d\/\d\d\/\d{4} à \d\d:\d\d\./],
    ['fr', "bonjour, Jan Peeters me dit qu'il n'arrive pas à ouvrir Colindos, vous savez pourquoi ?", "Jan Peeters n'a pas reçu l'accès à Colindos. Un gestionnaire d'accès doit le lui donner."],
    ['fr', "Lucas Mertens n'arrive pas à se connecter", /^Lucas Mertens n'a pas encore choisi son mot de passe\./],
    ['nl', 'waarom kan Pieter De Smet niet inloggen?', /^De account van Dr Pieter De Smet is gedeactiveerd\./],
    ['nl', 'waarom heeft Jan Peeters nog altijd geen Colindos?', /^Jan Peeters .*Colindos/],
    ['de', 'warum hat Jan Peeters noch keinen Zugang zu Colindos?', /^Jan Peeters .*Colindos/],
    ['de', 'und warum kann Els Janssens sich nicht anmelden?', /^Das Konto von Apr\. Els Janssens ist aktiv \(Benutzername \w+\)/],
    ['en', "why doesn't Marie Dupont have access to HospiSup yet?", /^Dr Marie Dupont's access to HospiSup is recorded/],
    ['en', "why can't Paul Nobody log in?", 'No user of your entities is called Paul Nobody. Give me their NISS (11 digits) and I will look at what is in the way.'],
    ['de', 'warum kann Frau Dubois Colindos nicht öffnen?', /^Dr Nathalie Dubois .*Colindos|Nathalie Dubois .*Colindos/],
    // Trial 8: in everyday words and lower case, a diagnosis of the person named, never a grant nor a hint.
    ['fr', "jan peeters n'arrive pas à ouvrir colindos, qu'est-ce qui cloche ?", "Jan Peeters n'a pas reçu l'accès à Colindos. Un gestionnaire d'accès doit le lui donner."],
    ['nl', 'jan peeters krijgt colindos niet open, wat is er mis?', /^Jan Peeters heeft geen toegang tot Colindos gekregen|^Jan Peeters .*Colindos/],
    ['de', 'jan peeters beschwert sich, er kommt nicht in colindos, woran liegt das?', /^Jan Peeters .*Colindos/],
    ['de', 'wieso kommt marie dupont nicht in hospisup rein?', /^Der Zugang von Dr Marie Dupont zu HospiSup ist eingetragen und wird am /],
    ['en', 'marie dupont cant open hospisup, any idea whats wrong?', /^Dr Marie Dupont's access to HospiSup is recorded/],
    ['en', "lucas mertens still can't log in, what's the problem?", /^Lucas Mertens has not chosen a password yet\./],
  ])('diagnoses a person named by name (%s) %s', async (locale, text, expected) => {
    const [reply] = await chat(locale, [text]);
    if (typeof expected === 'string') expect(reply).toBe(expected);
    else expect(reply).toMatch(expected);
  });

  it('asks for the NISS when several users so named, and lists them', async () => {
    const iris = store.catalog.entityByInami('710087-50')!;
    const hospital = store.catalog.qualitiesOfEntity(iris.id).find((q) => q.kind === 'HOSPITAL')!;
    store.people.insertUser({ niss: '92031512322', username: 'jpeeters2', lastName: 'Peeters', firstName: 'Jan', title: 'Dr', language: 'nl', email: 'jan.peeters2@example.be', localEmail: null }, hospital.id, 'active');
    const [reply] = await chat('nl', ['waarom kan Jan Peeters niet inloggen?']);
    expect(reply).toMatch(/^Meerdere gebruikers van uw entiteiten heten Jan Peeters: .*90\.04\.12-123\.77.*92\.03\.15-123\.22/);
    expect(reply).toContain('80.05.15-123.75');
  });

  it('walks the guide with next/back/stop in the agent\'s language, and a question interrupts it', async () => {
    const replies = await chat('de', ['Anleitung Colindos', 'weiter', 'weiter', 'zurück', 'was?', 'beenden', 'hallo']);
    expect(replies[0]).toMatch(/^Schritt 1 von 12: Öffnen Sie/);
    expect(replies[1]).toMatch(/^Schritt 2 von 12/);
    expect(replies[2]).toMatch(/^Schritt 3 von 12/);
    expect(replies[3]).toMatch(/^Schritt 2 von 12/);
    expect(replies[4]).toMatch(/^Schritt 2 von 12/);
    expect(replies[5]).toMatch(/^Anleitung beendet/);
    expect(replies[6]).toMatch(/^Fragen Sie mich/);
    expect(await chat('en', ['guide', 'guide facebook'])).toEqual([
      'For which application? For example "guide Colindos" or "guide HospiSup".',
      'For which application? For example "guide Colindos" or "guide HospiSup".',
    ]);
  });

  it('ends the guide after its last step', async () => {
    const replies = await chat('en', ['guide hospisup', ...Array(8).fill('next')]);
    expect(replies[7]).toMatch(/^Step 8 of 8: .*This is the last step/s);
    expect(replies[8]).toMatch(/^Guide stopped/);
  });
});

describe('with fake lookups', () => {
  it('answers help when a lookup fails', async () => {
    const machine = helpdeskMachine.provide({
      actors: { diagnose: fromPromise<PeopleNotice, { managerId: number; niss: string; text: string }>(async () => { throw new Error('db down'); }) },
    });
    const actor = createActor(machine, { input: { managerId: 1, locale: 'en' } }).start();
    actor.send({ type: 'TEXT', text: 'why can 85073003328 not open eBirth' });
    const snap = await waitFor(actor, (s) => s.status === 'done');
    expect(helpdeskText(snap.context.reply!, 'en')).toMatch(/^Ask me/);
    expect(viewOf(snap).notices).toEqual([{ people: { key: 'helpdeskHelp' } }]);
  });

  it('is busy while it looks up, shows a guide step as its question, and stops on CANCEL or in another language', async () => {
    const machine = helpdeskMachine.provide({
      actors: { findApplication: fromPromise<GuideApp | null, { text: string; locale: Locale }>(async () => ({ name: 'Colindos', needsFunction: true })) },
    });
    const actor = createActor(machine, { input: { managerId: 1, locale: 'fr' } }).start();
    actor.send({ type: 'TEXT', text: 'guide colindos' });
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    const guiding = await waitFor(actor, (s) => s.matches('guiding'));
    expect(guiding.hasTag('busy')).toBe(false);
    const step = viewOf(guiding).prompt!;
    expect(step.slot).toBe('helpdesk.guide');
    expect(say(step.message, guiding.context.locale)).toMatch(/^Étape 1 sur 12/);
    actor.send({ type: 'TURN', at: 1 });
    actor.send({ type: 'LANGUAGE', locale: 'nl' });
    const dutch = actor.getSnapshot();
    expect(say(viewOf(dutch).prompt!.message, dutch.context.locale)).toMatch(/^Stap 1 van 12/);
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(viewOf(actor.getSnapshot()).notices).toEqual([{ people: { key: 'guideStopped' } }]);
  });
});
