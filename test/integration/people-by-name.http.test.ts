import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps, type Step } from '../support/chat-steps';
import { servicesOf } from '../../src/services';

/**
 * Defects a user trial found, over HTTP against the real server, checked in the store and the audit log:
 * a question about a pronoun mid-grant is answered for the request's own person (the request untouched);
 * a revocation, a removal, the end of a function asked by name looks the person up among the users of the
 * manager's entities only (one found and said, several listed and chosen, none: the NISS asked); the people
 * dialog's own choice questions take a short answer naming a choice.
 */

const MARIE = '85073003328'; // Dr Marie Dupont, IRIS Sud
const JAN = '90041212377'; // Jan Peeters, IRIS Sud
const ELS = '78110324621'; // Apr. Els Janssens, Sainte-Anne only
/** A second Jan Peeters, added to IRIS Sud for the tests of several people so named. */
const JAN_TWO = '92031512322';

describe('people named by name, pronouns and choices, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const chat = (locale: string, from = 'demo-manager') => new ChatClient(() => sesame.url, `by-name-${++n}`, { from, locale });
  const grants = () => sesame.store.access.listGrants().map((g) => ({ niss: g.niss, application: g.application, status: g.status }));
  const audit = () => sesame.store.audit.list({ limit: 100 }).filter((a) => a.action !== 'issueInvitation').map((a) => ({ action: a.action, outcome: a.outcome, niss: a.niss, application: a.application }));
  /** Gives an application by NISS, confirmed, and activates it: what the revocations then take away. */
  const given = async (text: string) => {
    const c = chat('fr-BE');
    await c.send(text);
    await c.send('oui');
    servicesOf(sesame.store).activation.activateDue(Date.now() + 21 * 60_000);
  };
  const addSecondJan = () => {
    const { people, catalog } = sesame.store;
    const iris = catalog.entityByInami('710087-50')!;
    const hospital = catalog.qualitiesOfEntity(iris.id).find((q) => q.kind === 'HOSPITAL')!;
    people.insertUser({ niss: JAN_TWO, username: 'jpeeters2', lastName: 'Peeters', firstName: 'Jan', title: 'Dr', language: 'fr', email: 'jan.peeters2@example.be', localEmail: null }, hospital.id, 'active');
  };

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    const { people, catalog } = sesame.store;
    people.addRole(people.addManager({ channelUserId: 'one-entity', name: 'Anne Manager' }).id, 'RAE', catalog.entityByInami('710338-90')!.id);
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  describe('1. a question about a pronoun mid-grant is answered for the request’s person, the request untouched', () => {
    it.each<[string, string, Step[], string]>([
      ['fr-BE', `donne eBirth à ${MARIE} à IRIS`, [
        { text: "est-ce qu'elle a déjà accès à HospiSup ?", slot: 'confirm', says: ['Dr Marie Dupont (NISS 85.07.30-033.28)', 'HospiSup : pas d\'accès'] },
        { text: 'oui', slot: null },
      ], 'EBIRTH'],
      ['de-BE', `gib eBirth an ${JAN} in IRIS`, [
        { text: 'hat er schon HospiSup?', slot: 'confirm', says: ['Jan Peeters', 'HospiSup'], never: ['Dr Marie Dupont'] },
        { text: 'ja', slot: null },
      ], 'EBIRTH'],
      ['nl-BE', `geef eBirth aan ${MARIE} in IRIS`, [
        { text: 'heeft zij al HospiSup?', slot: 'confirm', says: ['Dr Marie Dupont', 'HospiSup: actief'] },
        { text: 'ja', slot: null },
      ], 'EBIRTH'],
    ])('%s: %s, then a question about "her" or "him"', async (locale, first, steps, application) => {
      if (locale === 'nl-BE') await given(`donne HospiSup à ${MARIE} à IRIS`);
      const before = grants().length;
      const c = chat(locale);
      await expectSteps(c, [{ text: first, slot: 'confirm' }, ...steps]);
      // The grant asked is made, and nothing else: the application asked about was not added.
      const made = grants().slice(before);
      expect(made.map((g) => g.application)).toEqual([application]);
      expect(audit().filter((a) => a.action === 'grantAccess').map((a) => a.application).sort()).toEqual([...(before ? ['HOSPISUP'] : []), application].sort());
    });

    it('en: with nobody given yet, who is meant is asked; the request waits as it was', async () => {
      const c = chat('en-GB');
      await expectSteps(c, [
        { text: 'I need HospiSup at IRIS for a colleague', slot: 'niss' },
        { text: 'does she already have Colindos?', slot: 'niss', says: ['Who do you mean?', 'NISS'] },
        { text: MARIE, slot: 'confirm', says: ['Dr Marie Dupont'], never: ['Colindos'] },
        { text: 'yes', slot: null },
      ]);
      expect(grants()).toEqual([{ niss: MARIE, application: 'HOSPISUP', status: 'pending' }]);
    });
  });

  describe('2. revoke, remove, end a function by name: the person looked up among the manager’s users', () => {
    it('fr: « retire HospiSup à Marie Dupont » finds her and says so, then revokes; audited', async () => {
      await given(`donne HospiSup à ${MARIE} à IRIS`);
      await expectSteps(chat('fr-BE'), [
        { text: 'retire HospiSup à Marie Dupont', slot: 'people.confirm', says: ["J'ai trouvé Dr Marie Dupont (NISS 85.07.30-033.28)", "Je vais retirer à Dr Marie Dupont l'accès à HospiSup"], never: ['Il me faut le NISS'] },
        { text: 'oui', slot: null, says: ["Dr Marie Dupont perdra l'accès à HospiSup"] },
      ]);
      expect(audit()).toEqual(expect.arrayContaining([{ action: 'revokeAccess', outcome: 'ok', niss: MARIE, application: 'HOSPISUP' }]));
      expect(servicesOf(sesame.store).deactivation.applyDue(Date.now() + 21 * 60_000).grants).toBe(1);
      expect(grants()).toEqual([{ niss: MARIE, application: 'HOSPISUP', status: 'revoked' }]);
    });

    it('nl: „trek HospiSup in bij Jan Peeters”, two so named: listed with their NISS, „de tweede” picks one', async () => {
      addSecondJan();
      await given(`donne HospiSup à ${JAN_TWO} à IRIS`);
      await expectSteps(chat('nl-BE'), [
        { text: 'trek HospiSup in bij Jan Peeters', slot: 'people.person', says: ['Meerdere gebruikers', '90.04.12-123.77', '92.03.15-123.22'] },
        { text: 'de tweede', slot: 'people.confirm', says: ['Dr Jan Peeters'] },
        { text: 'ja', slot: null },
      ]);
      expect(audit().filter((a) => a.action === 'revokeAccess')).toEqual([{ action: 'revokeAccess', outcome: 'ok', niss: JAN_TWO, application: 'HOSPISUP' }]);
    });

    it('de: „entferne Jan Peeters aus IRIS Sud“, two so named, answered by NISS: removed from the entity, audited', async () => {
      addSecondJan();
      await expectSteps(chat('de-BE'), [
        { text: 'entferne Jan Peeters aus IRIS Sud', slot: 'people.person' },
        { text: JAN, slot: 'people.confirm', says: ['Jan Peeters'], never: ['Dr Jan Peeters'] },
        { text: 'ja', slot: null },
      ]);
      expect(audit()).toEqual([{ action: 'removeUser', outcome: 'ok', niss: JAN, application: null }]);
    });

    it("en: \"end Jan Peeters's function\": found, the end date asked, ended; audited", async () => {
      const c = chat('fr-BE');
      await c.walk([`Colindos pour ${JAN} à IRIS, qualité hôpital, collaborateur d'un médecin à partir du 1er mars 2027`, 'oui']);
      await expectSteps(chat('en-GB'), [
        { text: "end Jan Peeters's function on 31-12-2027", slot: 'people.confirm', says: ['I found Jan Peeters (NISS 90.04.12-123.77)'] },
        { text: 'yes', slot: null },
      ]);
      expect(audit().filter((a) => a.action === 'endFunction')).toEqual([{ action: 'endFunction', outcome: 'ok', niss: JAN, application: null }]);
      // 31-12-2027 is the last day held: the store's (exclusive) end date is the day after.
      expect(sesame.store.access.listFunctions().map((f) => f.endDate)).toEqual(['2028-01-01']);
    });

    it('fr: a manager of Sainte-Anne naming Marie Dupont of IRIS: not found (never described), the NISS asked; hers is refused, audited once', async () => {
      await given(`donne HospiSup à ${MARIE} à IRIS`);
      await expectSteps(chat('fr-BE', 'one-entity'), [
        { text: 'retire HospiSup à Marie Dupont', slot: 'people.niss', says: ["Aucun utilisateur de vos entités ne s'appelle Marie Dupont", 'Il me faut le NISS de Marie Dupont'], never: ['Dr Marie Dupont', '85.07.30'] },
        { text: MARIE, slot: null, says: ["Aucun utilisateur de vos entités n'a le NISS 85.07.30-033.28"], never: ['Dr Marie Dupont', 'HospiSup'] },
      ]);
      const refused = sesame.store.audit.list({ outcome: 'refused', manager: 'one-entity', limit: 10 });
      expect(refused).toEqual([expect.objectContaining({ action: 'revokeAccess', niss: MARIE })]);
      expect(grants()).toEqual([{ niss: MARIE, application: 'HOSPISUP', status: 'active' }]);
    });

    it('de: nobody so named at all: said, the NISS asked; a NISS typed wrong said, then the right one taken', async () => {
      await given(`donne HospiSup à ${ELS} à Sainte-Anne`);
      await expectSteps(chat('de-BE'), [
        { text: 'entziehe Petra Schmitz HospiSup', slot: 'people.niss', says: ['Kein Benutzer Ihrer Einrichtungen heißt Petra Schmitz'] },
        { text: '78110324622', slot: 'people.niss' },
        { text: ELS, slot: 'people.confirm', says: ['Apr. Els Janssens'] },
        { text: 'ja', slot: null },
      ]);
      expect(audit().filter((a) => a.action === 'revokeAccess')).toEqual([{ action: 'revokeAccess', outcome: 'ok', niss: ELS, application: 'HOSPISUP' }]);
    });
  });

  describe('3. the people dialog’s choice questions take a short answer naming a choice', () => {
    it('fr: which applications, answered « eBirth svp »: eBirth alone revoked', async () => {
      await given(`donne HospiSup et eBirth à ${MARIE} à IRIS`);
      await expectSteps(chat('fr-BE'), [
        { text: `retire un accès à ${MARIE}`, slot: 'people.revokeWhich' },
        { text: 'eBirth svp', slot: 'people.confirm', says: ["l'accès à eBirth"], never: ['HospiSup et'] },
        { text: 'oui', slot: null },
      ]);
      expect(audit().filter((a) => a.action === 'revokeAccess')).toEqual([{ action: 'revokeAccess', outcome: 'ok', niss: MARIE, application: 'EBIRTH' }]);
    });

    it('en: which entity, "the second one please": the list of IRIS Sud, the second shown', async () => {
      await expectSteps(chat('en-GB'), [
        { text: 'list the users', slot: 'people.entity' },
        { text: 'the second one please', slot: null, says: ['Users of Hôpitaux IRIS Sud'] },
      ]);
    });

    it('de: which application, the question’s words repeated („entziehe HospiSup“): an answer, not a new request', async () => {
      await given(`donne HospiSup et eBirth à ${MARIE} à IRIS`);
      await expectSteps(chat('de-BE'), [
        { text: `entziehe ${MARIE} einen Zugang`, slot: 'people.revokeWhich' },
        { text: 'entziehe HospiSup bitte', slot: 'people.confirm' },
        { text: 'ja', slot: null },
      ]);
      expect(audit().filter((a) => a.action === 'revokeAccess')).toEqual([{ action: 'revokeAccess', outcome: 'ok', niss: MARIE, application: 'HOSPISUP' }]);
    });

    it('nl: „hou het maar” at the summary of a revocation by name takes nothing away; nothing audited', async () => {
      await given(`donne HospiSup à ${MARIE} à IRIS`);
      await expectSteps(chat('nl-BE'), [
        { text: 'trek HospiSup in bij Marie Dupont', slot: 'people.confirm', says: ['Dr Marie Dupont'] },
        { text: 'hou het maar', slot: null },
      ]);
      expect(audit().filter((a) => a.action === 'revokeAccess')).toEqual([]);
      expect(grants()).toEqual([{ niss: MARIE, application: 'HOSPISUP', status: 'active' }]);
    });

    it('nl: which entity, „Sainte-Anne graag”: the list of Sainte-Anne', async () => {
      await expectSteps(chat('nl-BE'), [
        { text: 'toon de gebruikers', slot: 'people.entity' },
        { text: 'Sainte-Anne graag', slot: null, says: ['Clinique Sainte-Anne Saint-Remi'] },
      ]);
    });
  });
});
