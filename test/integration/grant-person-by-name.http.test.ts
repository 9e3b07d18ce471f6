import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * A person named by name in a one-sentence grant is searched among the users of the manager's entities only:
 * the one so named is used (said as found, on the way to the summary), several are asked back with their NISS,
 * and a user of another entity is nobody here: the NISS is asked and nothing of them is said.
 */
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS
const NATHALIE = '82022116865'; // Dr Nathalie Dubois, Sainte-Anne
const OTHER_MARIE = '92031512322'; // a second Marie Dupont, added at IRIS for the "several" case

const textOf = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('a person named by name in a grant, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;

  beforeAll(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    const { people, catalog } = sesame.store;
    const iris = catalog.entityByInami('710087-50')!;
    people.addRole(people.addManager({ channelUserId: 'ga-iris', name: 'Marc GA' }).id, 'GA', iris.id);
  });
  afterAll(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it('fr: the one user so named gets the access, found without a NISS asked', async () => {
    const chat = new ChatClient(() => sesame.url, 'named-fr');
    const summary = textOf(await chat.send('accès eBirth pour Marie Dupont à IRIS'));
    expect(summary).toContain("J'ai trouvé Dr Marie Dupont (NISS 85.07.30-033.28) parmi les utilisateurs de vos entités.");
    expect(summary).not.toContain('Quel est le NISS');
    await chat.send('oui');
    const marie = sesame.store.people.userByNiss(MARIE)!;
    expect(sesame.store.holdings.ofUser(marie.id).map((h) => h.applicationCode)).toContain('EBIRTH');
  });

  it('nl: a user of another entity only is nobody here: the NISS is asked, nothing of them said', async () => {
    const chat = new ChatClient(() => sesame.url, 'named-nl-other', { from: 'ga-iris', locale: 'nl-BE' });
    const replies = await chat.send('eBirth voor Nathalie Dubois bij IRIS');
    expect(replies.at(-1)!.channelData?.sesame?.expecting).toBe('niss');
    expect(textOf(replies)).not.toContain('82.02.21-168.65');
    expect(textOf(replies)).not.toContain(NATHALIE);
  });

  it('en: several users so named are asked back, and the number chooses', async () => {
    const { people, catalog } = sesame.store;
    const hospital = catalog.qualitiesOfEntity(catalog.entityByInami('710087-50')!.id).find((q) => q.kind === 'HOSPITAL')!;
    people.insertUser({ niss: OTHER_MARIE, username: 'mdupont2', lastName: 'Dupont', firstName: 'Marie', title: null, language: 'fr', email: 'm.dupont@example.org', localEmail: null }, hospital.id, 'active');
    const chat = new ChatClient(() => sesame.url, 'named-en-several', { locale: 'en-GB' });
    const asked = await chat.send('eBirth for Marie Dupont at IRIS');
    expect(textOf(asked)).toContain('Several users of your entities are called Marie Dupont:');
    expect(textOf(asked)).toContain('Dr Marie Dupont (85.07.30-033.28)');
    expect(textOf(asked)).toContain('Marie Dupont (92.03.15-123.22)');
    expect(asked.at(-1)!.channelData?.sesame?.expecting).toBe('niss');
    // The one added is chosen by its number, in whichever order the two are listed.
    const summary = textOf(await chat.send(textOf(asked).indexOf('85.07.30-033.28') < textOf(asked).indexOf('92.03.15-123.22') ? '2' : '1'));
    expect(summary).toContain('User: Marie Dupont (mdupont2)');
  });
});
