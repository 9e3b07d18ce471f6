import { createActor, waitFor } from 'xstate';
import type { HelpdeskReply } from '../../dialogs/helpdesk/helpdesk.machine';
import { viewOf } from '../../dialogs/helpdesk/helpdesk.view';
import { helpdeskText } from '../../src/i18n/helpdesk-reply';
import { helpdeskMachineFor } from '../../src/bot/helpdesk-actors';
import type { Store } from '../../src/store/store';
import type { Locale } from '../../src/domain/locale';
import { demoStore } from '../store/fixtures';
import { readCommands } from '../../dialogs/understanding/commands';
import { vocabulary } from './understanding/fixture';

/**
 * Trial 7, defect B (G9): "pourquoi els jansens ne peut pas ouvrir tct ?" named nobody of the manager's users; the nearest
 * (Els Janssens) is offered as a question, and diagnosed only on a yes (or her number, name or NISS); a no says nobody is
 * so called; against the demo store.
 */
describe('the helpdesk dialog, a name typed wrong', () => {
  let store: Store;
  beforeEach(() => {
    store = demoStore();
  });
  afterEach(() => store.close());

  async function chat(locale: Locale, texts: string[]): Promise<{ said: string[]; slots: (string | null)[] }> {
    const manager = store.people.managerByChannelUserId('demo-manager')!;
    const actor = createActor(helpdeskMachineFor(store), { input: { managerId: manager.id, locale } }).start();
    const said: string[] = [];
    const slots: (string | null)[] = [];
    for (const text of texts) {
      actor.send({ type: 'TURN', at: Date.now() });
      actor.send({ type: 'TEXT', text, commands: readCommands(text, { vocabulary, now: Date.now(), expecting: null, locale }) });
      const snap = await waitFor(actor, (s) => s.status === 'done' || s.matches('offeringNear'));
      said.push(helpdeskText(snap.context.reply as HelpdeskReply, locale));
      slots.push(viewOf(snap).prompt?.slot ?? null);
      if (snap.status === 'done') break;
    }
    return { said, slots };
  }

  it.each<[Locale, string, string, RegExp, RegExp]>([
    ['fr', 'pourquoi els jansens ne peut pas ouvrir tct ?', 'oui', /Vouliez-vous dire Apr\. Els Janssens \(78\.11\.03-246\.21\) \?/, /^Apr\. Els Janssens n'a pas reçu l'accès/],
    ['nl', 'waarom kan els jansens niet in tct?', 'ja', /Bedoelt u Apr\. Els Janssens/, /^Apr\. Els Janssens heeft geen toegang/],
    ['de', 'warum kann els jansens tct nicht öffnen?', '1', /Meinten Sie Apr\. Els Janssens/, /Apr\. Els Janssens/],
    ['en', "why can't els jansens open tct?", '78110324621', /Did you mean Apr\. Els Janssens/, /Apr\. Els Janssens/],
  ])('%s: %j offers Els Janssens; %j diagnoses her', async (locale, question, answer, offered, diagnosed) => {
    const { said, slots } = await chat(locale, [question, answer]);
    expect(slots).toEqual(['helpdesk.person', null]);
    expect(said[0]).toMatch(offered);
    expect(said[1]).toMatch(diagnosed);
  });

  it.each<[Locale, string, string, string]>([
    ['fr', 'pourquoi els jansens ne peut pas ouvrir tct ?', 'non', "Aucun utilisateur de vos entités ne s'appelle els jansens"],
    ['nl', 'waarom kan els jansens niet in tct?', 'nee', 'heet els jansens'],
    ['de', 'warum kann els jansens tct nicht öffnen?', 'nein', 'heißt els jansens'],
    ['en', "why can't els jansens open tct?", 'no', 'is called els jansens'],
  ])('%s: a no to the near name diagnoses nobody', async (locale, question, no, nobody) => {
    const { said } = await chat(locale, [question, no]);
    expect(said[1]).toContain(nobody);
    expect(said[1]).not.toContain('Apr. Els Janssens');
  });

  it('an answer that is none of these asks again, never diagnoses', async () => {
    const { said, slots } = await chat('fr', ['pourquoi els jansens ne peut pas ouvrir tct ?', 'hmm', 'oui']);
    expect(slots).toEqual(['helpdesk.person', 'helpdesk.person', null]);
    expect(said[1]).toMatch(/Vouliez-vous dire/);
    expect(said[2]).toMatch(/^Apr\. Els Janssens/);
  });
});
