import type { Sesame } from '../../src/app';
import type { Locale } from '../../src/domain/locale';
import { inamiCheckDigits } from '../../src/domain/inami';
import { ChatClient, FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * What someone Sésame does not know learns when they write to it in Teams: the helpdesk, and the
 * RAE / Co-RAE of an entity only when that entity vouches for them (its Entra tenant, its e-mail
 * domain). A shared deployment: the demo's two entities in one hospital's tenant, and AZ Noord,
 * another hospital, in its own.
 */
const IRIS_TENANT = '5e1a7c3b-2d4f-4a6e-9b8c-0d1e2f3a4b5c'; // the demo's IRIS Sud (data/demo.json)
const NOORD_TENANT = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const UNKNOWN_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const NOORD = `710412-${inamiCheckDigits('710412')}`;
const BOT = { id: '28:11111111-2222-3333-4444-555555555555', name: 'Sésame' };
const STRANGER = { id: '29:1strangerTeamsId', name: 'Jean Inconnu', aadObjectId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' };
const HELPDESK = 'Service Desk, 02 555 43 21';

const LOCALES: { locale: Locale; tag: string; refusal: string; rae: string; coRae: string; also: string; helpdeskOnly: string; nobody: string }[] = [
  { locale: 'fr', tag: 'fr-BE', refusal: 'Je ne vous connais pas encore', rae: 'RAE', coRae: 'Co-RAE', also: 'Vous pouvez aussi contacter', helpdeskOnly: "Pour savoir qui c'est chez vous", nobody: 'service informatique' },
  { locale: 'nl', tag: 'nl-BE', refusal: 'Ik ken u nog niet', rae: 'VTE', coRae: 'Co-VTE', also: 'U kunt ook contact opnemen met', helpdeskOnly: 'Wie dat bij u is', nobody: 'IT-dienst' },
  { locale: 'de', tag: 'de-BE', refusal: 'Ich kenne Sie noch nicht', rae: 'VZE', coRae: 'Co-VZE', also: 'Sie können sich auch wenden an', helpdeskOnly: 'Wer das bei Ihnen ist', nobody: 'IT-Abteilung' },
  { locale: 'en', tag: 'en-GB', refusal: 'I do not know you yet', rae: 'RAE', coRae: 'Co-RAE', also: 'You can also contact', helpdeskOnly: 'To find out who that is for you', nobody: 'IT department' },
];

/** Every manager name of the three entities, and the demo's helpdesk agent: none may leak unless vouched for. */
const EVERY_NAME = ['Sophie Lambert', 'Luc Janssens', 'Karin Vos', 'Helpdesk Sésame'];

let seq = 0;
function strangerSays(text: string, o: { tenant?: string; locale: string; from?: object; channelId?: string; group?: boolean }) {
  const id = `conv-${++seq}`;
  return {
    conversationId: id,
    activity: {
      type: 'message',
      id: `17123456${String(seq).padStart(5, '0')}`,
      timestamp: new Date().toISOString(),
      channelId: o.channelId ?? 'msteams',
      serviceUrl: '',
      from: o.from ?? STRANGER,
      conversation: {
        id,
        ...(o.group ? { conversationType: 'groupChat', isGroup: true } : { conversationType: 'personal' }),
        ...(o.tenant ? { tenantId: o.tenant } : {}),
      },
      recipient: BOT,
      text: o.group ? `<at>${BOT.name}</at> ${text}` : text,
      locale: o.locale,
      entities: o.group ? [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] : [],
      channelData: o.tenant ? { tenant: { id: o.tenant } } : {},
    },
  };
}

describe.each([
  { helpdesk: HELPDESK, label: 'with SESAME_HELPDESK' },
  { helpdesk: '', label: 'without SESAME_HELPDESK' },
])('a stranger in Teams, $label', ({ helpdesk }) => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  const connector = new FakeConnector();

  beforeAll(async () => {
    tmp = tempDir();
    await connector.start();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`, { helpdesk }));
    const { catalog, people, contacts } = sesame.store;
    // IRIS Sud gets its own RAE besides the demo's Co-RAE Sophie Lambert; AZ Noord, another hospital, its RAE.
    const luc = people.addManager({ channelUserId: 'luc', name: 'Luc Janssens' });
    people.addRole(luc.id, 'RAE', catalog.entityByInami('710087-50')!.id);
    const noord = catalog.addEntity(NOORD, 'AZ Noord', [{ kind: 'HOSPITAL', active: true }]);
    contacts.vouch(noord.id, { tenantId: NOORD_TENANT });
    const karin = people.addManager({ channelUserId: 'karin', name: 'Karin Vos' });
    people.addRole(karin.id, 'RAE', noord.id);
  });
  afterAll(async () => {
    await sesame.close();
    await connector.stop();
    tmp.cleanup();
  });

  /** Posts as Teams does and returns Sésame's one answer. */
  const answerTo = async (message: ReturnType<typeof strangerSays>) => {
    const res = await fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message.activity, serviceUrl: connector.url }),
    });
    expect(res.status).toBeLessThan(300);
    const answers = connector.received.filter((r) => r.conversationId === message.conversationId && r.activity.type === 'message');
    expect(answers).toHaveLength(1);
    return String(answers[0]!.activity.text);
  };
  const named = (text: string) => EVERY_NAME.filter((n) => text.includes(n));

  describe.each(LOCALES)('in $locale', (l) => {
    it('from a tenant an entity vouches for: that entity’s RAE and Co-RAE, no other entity’s', async () => {
      const text = await answerTo(strangerSays('bonjour', { tenant: IRIS_TENANT, locale: l.tag }));
      expect(text.startsWith(l.refusal)).toBe(true);
      expect(text).toContain(`Luc Janssens (${l.rae}, Hôpitaux IRIS Sud)`);
      expect(text).toContain(`Sophie Lambert (${l.coRae}, Hôpitaux IRIS Sud)`);
      // Sophie is also RAE of Sainte-Anne, which vouches for an e-mail domain only: not named for it.
      expect(text).not.toContain('Sainte-Anne');
      expect(named(text)).toEqual(['Sophie Lambert', 'Luc Janssens']);
      expect(text.includes(l.also)).toBe(helpdesk !== '');
      expect(text.includes(HELPDESK)).toBe(helpdesk !== '');
      expect(text).toContain(STRANGER.aadObjectId);
    });

    it('from another hospital’s tenant: that hospital’s RAE only', async () => {
      const text = await answerTo(strangerSays('hallo', { tenant: NOORD_TENANT, locale: l.tag }));
      expect(text).toContain(`Karin Vos (${l.rae}, AZ Noord)`);
      expect(named(text)).toEqual(['Karin Vos']);
      expect(text).not.toContain('IRIS');
    });

    it('from a tenant nobody vouches for: the helpdesk if there is one, else plainly their hospital’s IT, and no name', async () => {
      const text = await answerTo(strangerSays('hello', { tenant: UNKNOWN_TENANT, locale: l.tag }));
      expect(text.startsWith(l.refusal)).toBe(true);
      expect(named(text)).toEqual([]);
      if (helpdesk) {
        expect(text).toContain(l.helpdeskOnly);
        expect(text).toContain(HELPDESK);
        expect(text).not.toContain(l.nobody);
      } else {
        expect(text).toContain(l.nobody);
        expect(text).not.toContain(l.helpdeskOnly);
      }
      // The identifier to give them stays, in a personal chat.
      expect(text).toContain(STRANGER.aadObjectId);
    });
  });

  it('matches the tenant whatever its case, from channelData alone or from the conversation alone', async () => {
    const capitals = strangerSays('bonjour', { tenant: IRIS_TENANT.toUpperCase(), locale: 'fr-BE' });
    const channelDataOnly = strangerSays('bonjour', { tenant: NOORD_TENANT, locale: 'fr-BE' });
    delete (channelDataOnly.activity.conversation as { tenantId?: string }).tenantId;
    const conversationOnly = strangerSays('bonjour', { tenant: NOORD_TENANT, locale: 'fr-BE' });
    conversationOnly.activity.channelData = {};
    expect(named(await answerTo(capitals))).toEqual(['Sophie Lambert', 'Luc Janssens']);
    expect(named(await answerTo(channelDataOnly))).toEqual(['Karin Vos']);
    expect(named(await answerTo(conversationOnly))).toEqual(['Karin Vos']);
  });

  it('matches the domain of a UPN or e-mail when Teams gives one, whatever its case', async () => {
    for (const from of [
      { ...STRANGER, userPrincipalName: 'Jean.Inconnu@Sainte-Anne.example.be' },
      { ...STRANGER, email: 'jean.inconnu@sainte-anne.example.be' },
    ]) {
      const text = await answerTo(strangerSays('bonjour', { tenant: UNKNOWN_TENANT, locale: 'fr-BE', from }));
      expect(text).toContain('Sophie Lambert (RAE, Clinique Sainte-Anne Saint-Remi)');
      expect(named(text)).toEqual(['Sophie Lambert']);
    }
    // A look-alike domain is another domain.
    const text = await answerTo(strangerSays('bonjour', { locale: 'fr-BE', from: { ...STRANGER, email: 'jean@sainte-anne.example.be.evil.org' } }));
    expect(named(text)).toEqual([]);
  });

  it('believes no tenant or e-mail outside Teams, where the client writes channelData and from', async () => {
    const text = await answerTo(
      strangerSays('bonjour', { tenant: IRIS_TENANT, locale: 'en-GB', channelId: 'directline', from: { ...STRANGER, email: 'jean@iris-sud.example.be' } }),
    );
    expect(text.startsWith('I do not know you yet')).toBe(true);
    expect(named(text)).toEqual([]);
  });

  it('in a group of a vouched tenant, names the entity’s managers but not the stranger’s identifier', async () => {
    const text = await answerTo(strangerSays('bonjour', { tenant: IRIS_TENANT, locale: 'fr-BE', group: true }));
    expect(named(text)).toEqual(['Sophie Lambert', 'Luc Janssens']);
    expect(text).not.toContain(STRANGER.aadObjectId);
  });

  it('over /api/messages from another channel, names nobody either', async () => {
    const [refusal] = await new ChatClient(() => sesame.url, `conv-${++seq}`, { from: 'someone-else', locale: 'de-BE' }).send('hallo');
    expect(refusal!.text.startsWith('Ich kenne Sie noch nicht')).toBe(true);
    expect(named(refusal!.text)).toEqual([]);
  });
});
