import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';

/**
 * Every refusal is audited wherever it is decided: the people dialog refuses some requests itself,
 * before any store call (an entity where the manager holds no role, a person of another entity
 * only, a manager with no entity), and leaves exactly one `refused` row saying what was asked, as
 * the store does for the refusals it decides (a helpdesk agent revoking, a GA outside its qualité).
 */

const ELS = '78110324621'; // Apr. Els Janssens, Sainte-Anne only
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS Sud

describe('people requests refused in the dialog are audited once, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const chat = (from: string, locale = 'fr-BE') => new ChatClient(() => sesame.url, `refusal-${++n}`, { from, locale });
  const refusalsBy = (channelUserId: string) => sesame.store.audit.list({ outcome: 'refused', manager: channelUserId, limit: 100 });
  const said = async (c: ChatClient, text: string) => (await c.send(text)).map((r) => r.text ?? '').join('\n');

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    const { people, catalog } = sesame.store;
    const iris = catalog.entityByInami('710087-50')!;
    const care = catalog.qualitiesOfEntity(iris.id).find((q) => q.kind === 'INAMI_CARE')!;
    people.addRole(people.addManager({ channelUserId: 'ga-marc', name: 'Marc GA' }).id, 'GA', iris.id);
    people.addRole(people.addManager({ channelUserId: 'ga-care', name: 'Carla GA' }).id, 'GA', iris.id, care.id);
    people.addManager({ channelUserId: 'no-role', name: 'Nora Sansrole' });
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it('fr: a GA naming an entity where they hold no role is refused as named; one row, with what was asked', async () => {
    const text = await said(chat('ga-marc'), 'liste les utilisateurs de Sainte-Anne');
    expect(text).toContain("Vous n'avez aucun rôle dans l'entité Clinique Sainte-Anne Saint-Remi ; vos entités : Hôpitaux IRIS Sud. Rien n'a été modifié.");
    const rows = refusalsBy('ga-marc');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'viewUsers', outcome: 'refused', entityName: 'Clinique Sainte-Anne Saint-Remi',
      details: { asked: { request: 'list', entity: 'Clinique Sainte-Anne Saint-Remi' } },
    });
  });

  it.each([
    ['nl-BE', 'trek HospiSup in bij 85073003328 in Sainte-Anne', 'U hebt geen rol in de entiteit Clinique Sainte-Anne Saint-Remi; uw entiteiten: Hôpitaux IRIS Sud. Er is niets gewijzigd.'],
    ['de-BE', 'exportiere die Benutzer von Sainte-Anne als Excel', 'Sie haben keine Rolle in der Einrichtung Clinique Sainte-Anne Saint-Remi; Ihre Einrichtungen: Hôpitaux IRIS Sud. Es wurde nichts geändert.'],
    ['en-GB', 'remove 85073003328 from Sainte-Anne', 'You hold no role in the entity Clinique Sainte-Anne Saint-Remi; your entities: Hôpitaux IRIS Sud. Nothing was changed.'],
  ])('%s: "%s" names an entity where the GA holds no role: refused as named, one row', async (locale, sentence, says) => {
    const text = await said(chat('ga-marc', locale), sentence);
    expect(text).toContain(says);
    expect(refusalsBy('ga-marc')).toEqual([expect.objectContaining({ outcome: 'refused', entityName: 'Clinique Sainte-Anne Saint-Remi' })]);
    expect(sesame.store.audit.list({ outcome: 'ok', manager: 'ga-marc' })).toEqual([]);
  });

  it('en: a GA asking to take access away from a person of another entity only: not named, one row naming the person by user', async () => {
    const text = await said(chat('ga-marc', 'en-GB'), `revoke HospiSup from ${ELS}`);
    expect(text).toContain('No user of your entities has the national number 78.11.03-246.21');
    expect(text).not.toContain('Janssens');
    const rows = refusalsBy('ga-marc');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'revokeAccess', niss: ELS, entity: null, details: { asked: { request: 'revoke', applications: ['HOSPISUP'] } } });
    // The NISS is the row's user, never written in its details.
    expect(JSON.stringify(rows[0]!.details)).not.toContain(ELS);
  });

  it('nl: a manager with no entity at all asking for a list: refused, one row', async () => {
    const text = await said(chat('no-role', 'nl-BE'), 'toon de gebruikers');
    expect(text).toContain('Uw rol laat niet toe dat te doen. Er is niets gewijzigd.');
    expect(refusalsBy('no-role')).toEqual([expect.objectContaining({ action: 'viewUsers', details: { asked: { request: 'list' } } })]);
  });

  it('en: a manager with no entity asking the audit log: refused, one row', async () => {
    const text = await said(chat('no-role', 'en-GB'), `who gave HospiSup to ${MARIE}?`);
    expect(text).toContain('Your role does not allow');
    expect(refusalsBy('no-role')).toEqual([expect.objectContaining({ action: 'viewAudit', details: { asked: { request: 'audit', application: 'HOSPISUP' } } })]);
  });

  it('fr: the helpdesk asking a revocation, refused by the store: still exactly one row', async () => {
    const c = chat('demo-helpdesk');
    const text = await said(c, `retire HospiSup à ${MARIE}`);
    expect(text).toContain('Votre rôle ne vous permet pas de retirer des accès.');
    expect(refusalsBy('demo-helpdesk')).toEqual([expect.objectContaining({ action: 'revokeAccess', entityName: 'Hôpitaux IRIS Sud' })]);
  });

  it('de: a GA limited to Soins de santé asking the list of the qualité hôpital: refused there, one row', async () => {
    const text = await said(chat('ga-care', 'de-BE'), 'zeige die Benutzer der Eigenschaft Krankenhaus');
    expect(text).not.toContain('Dupont');
    expect(refusalsBy('ga-care')).toEqual([expect.objectContaining({ action: 'viewUsers', quality: 'HOSPITAL' })]);
  });
});
