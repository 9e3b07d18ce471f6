import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps } from '../support/chat-steps';
import { servicesOf } from '../../src/services';

/**
 * A user trial's defect, over HTTP against the real server: a revocation of an access the person does not
 * hold is said at once (with what they hold), never put to the manager as a real one; with some named held,
 * the summary takes only those; a second request typed at a confirmation says the first is left aside.
 * Checked in the store (nothing revoked unless confirmed) and the audit log (no row for what was not done).
 */

const MARIE = '85073003328'; // Dr Marie Dupont, IRIS Sud

describe('a revocation of an access not held, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const chat = (locale: string) => new ChatClient(() => sesame.url, `not-held-${++n}`, { from: 'demo-manager', locale });
  const grants = () => sesame.store.access.listGrants().map((g) => ({ niss: g.niss, application: g.application, status: g.status }));
  const revocations = () => sesame.store.audit.list({ limit: 100 }).filter((a) => a.action === 'revokeAccess' || a.action === 'cancelGrant');
  const given = async (text: string) => {
    const c = chat('fr-BE');
    await c.send(text);
    await c.send('oui');
    servicesOf(sesame.store).activation.activateDue(Date.now() + 21 * 60_000);
  };

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    await given(`donne HospiSup à ${MARIE} à IRIS`);
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it.each([
    ['fr-BE', 'retire Colindos à Marie Dupont', ["Dr Marie Dupont n'a pas Colindos : rien à retirer.", 'HospiSup'], ['Puis-je confirmer']],
    ['de-BE', 'entziehe Marie Dupont Colindos', ['Dr Marie Dupont hat keinen Zugang zu Colindos: Es gibt nichts zu entziehen.', 'HospiSup'], ['Bestätigen Sie']],
  ])('%s: %s is said at once, nothing to confirm, nothing revoked', async (locale, text, says, never) => {
    const before = grants();
    await expectSteps(chat(locale), [{ text, slot: null, says, never }]);
    expect(grants()).toEqual(before);
    expect(revocations()).toEqual([]);
  });

  it('nl: with one named held and one not, the summary takes the one held and says the other', async () => {
    const c = chat('nl-BE');
    await expectSteps(c, [
      { text: 'trek Colindos en HospiSup in bij Marie Dupont', slot: 'people.confirm', says: ['Dr Marie Dupont heeft geen Colindos', 'HospiSup'] },
      { text: 'ja', slot: null, says: ['HospiSup'] },
    ]);
    expect(revocations().map((a) => a.application)).toEqual(['HOSPISUP']);
  });

  it('en: a second revocation typed at the confirmation of a first says the first is left aside', async () => {
    await given(`donne eBirth à ${MARIE} à IRIS`);
    const before = grants();
    const c = chat('en-GB');
    await expectSteps(c, [
      { text: 'revoke HospiSup from Marie Dupont', slot: 'people.confirm' },
      { text: 'revoke eBirth from Marie Dupont', slot: 'people.confirm', says: ['I am leaving aside taking away access for Dr Marie Dupont', 'eBirth'] },
      { text: 'no', slot: null },
    ]);
    expect(grants()).toEqual(before);
    expect(revocations()).toEqual([]);
  });
});
