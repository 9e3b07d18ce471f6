import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps } from '../support/chat-steps';
import { servicesOf } from '../../src/services';

/**
 * A user trial's defect, over HTTP against the real server: a revocation of an access the person does not
 * hold is said at once (with what they hold), never put to the manager as a real one; with some named held,
 * the summary takes only those; a second request typed at a confirmation says the first is left aside; a status
 * question there is answered and the confirmation asked again; another application named there corrects it.
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

  // A user trial: at a revocation's confirmation, a grant, a status question or a correction got "answer yes or no".
  it.each([
    ['fr-BE', 'donne Colindos à Jan Peeters à IRIS Sud', "Je laisse de côté le retrait d'accès de Dr Marie Dupont"],
    ['nl-BE', 'geef Colindos aan Jan Peeters bij IRIS Sud', 'Ik laat het intrekken van de toegang van Dr Marie Dupont dat op uw bevestiging wachtte'],
    ['de-BE', 'gib Colindos an Jan Peeters bei IRIS Sud', 'Ich lege den Entzug des Zugangs für Dr Marie Dupont, der auf Ihre Bestätigung wartete'],
    ['en-GB', 'give Colindos to Jan Peeters at IRIS Sud', 'I am leaving aside taking away access for Dr Marie Dupont'],
  ])('%s: a grant typed at a revocation\'s confirmation sets it aside, said, and is asked; nothing revoked', async (locale, text, aside) => {
    const before = grants();
    const c = chat(locale);
    await c.send(locale === 'fr-BE' ? 'retire HospiSup à Marie Dupont' : locale === 'nl-BE' ? 'trek HospiSup in bij Marie Dupont' : locale === 'de-BE' ? 'entziehe Marie Dupont HospiSup' : 'revoke HospiSup from Marie Dupont');
    const replies = await c.send(text);
    const said = replies.map((r) => r.text ?? '').join('\n');
    expect(said).toContain(aside);
    expect(said).toContain('Jan Peeters');
    expect(replies[replies.length - 1]!.channelData?.sesame?.expecting).not.toMatch(/^people\./);
    expect(grants()).toEqual(before);
    expect(revocations()).toEqual([]);
  });

  it.each([
    ['fr-BE', 'retire HospiSup à Marie Dupont', 'a-t-elle déjà HospiSup ?', 'non'],
    ['nl-BE', 'trek HospiSup in bij Marie Dupont', 'heeft ze al HospiSup?', 'nee'],
    ['de-BE', 'entziehe Marie Dupont HospiSup', 'hat sie schon HospiSup?', 'nein'],
    ['en-GB', 'revoke HospiSup from Marie Dupont', 'does she already have HospiSup?', 'no'],
  ])('%s: a status question at a revocation\'s confirmation is answered, and the confirmation asked again', async (locale, revoke, asked, no) => {
    const before = grants();
    const c = chat(locale);
    await expectSteps(c, [
      { text: revoke, slot: 'people.confirm' },
      { text: asked, slot: 'people.confirm', says: ['HospiSup', '85.07.30-033.28'], never: ['oui » pour confirmer', '„ja” om te bevestigen', '„ja“ zum Bestätigen', '"yes" to confirm'] },
      { text: no, slot: null },
    ]);
    expect(grants()).toEqual(before);
    expect(revocations()).toEqual([]);
  });

  it.each([
    ['fr-BE', 'retire HospiSup à Marie Dupont', 'en fait, retire plutôt eBirth', 'eBirth remplace HospiSup dans la demande', 'oui'],
    ['nl-BE', 'trek HospiSup in bij Marie Dupont', 'nee, liever eBirth', 'eBirth vervangt HospiSup in de aanvraag', 'ja'],
    ['de-BE', 'entziehe Marie Dupont HospiSup', 'nein, lieber eBirth', 'eBirth ersetzt HospiSup im Antrag', 'ja'],
    ['en-GB', 'revoke HospiSup from Marie Dupont', 'actually, revoke eBirth instead', 'eBirth replaces HospiSup in the request', 'yes'],
  ])('%s: another application at a revocation\'s confirmation corrects it, said; only that one is revoked', async (locale, revoke, correction, says, yes) => {
    await given(`donne eBirth à ${MARIE} à IRIS`);
    const c = chat(locale);
    await expectSteps(c, [
      { text: revoke, slot: 'people.confirm' },
      { text: correction, slot: 'people.confirm', says: [says] },
      { text: yes, slot: null, says: ['eBirth'] },
    ]);
    expect(revocations().map((a) => a.application)).toEqual(['EBIRTH']);
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
