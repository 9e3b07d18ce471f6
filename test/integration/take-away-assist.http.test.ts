import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { expectSteps } from '../support/chat-steps';
import { servicesOf } from '../../src/services';

/**
 * Trial 8, the two wrong records, over HTTP against the real server, checked in the store:
 * - R6: an application named with a take-away verb after it ("n'a plus besoin de la cellule technique, tu peux lui
 *   enlever") revokes that application alone: the other grants stay, the membership stays, no removal is written.
 * - U3: "he's going to assist a specialist from the 4th of january" grants Colindos with the specialist's
 *   collaborator function from that day, said on the summary, never "no date is needed".
 */
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS Sud
const JAN = '90041212377'; // Jan Peeters, no title
/** Next year's 4 January, said with its year: always ahead, whatever day the suite runs. */
const Y = new Date().getUTCFullYear() + 1;

describe('trial 8 wrong records, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const chat = (locale: string) => new ChatClient(() => sesame.url, `take-away-${++n}`, { from: 'demo-manager', locale });
  const grantsOf = (niss: string) => sesame.store.access.listGrants().filter((g) => g.niss === niss).map((g) => ({ application: g.application, status: g.status }));
  const removals = () => sesame.store.audit.list({ limit: 200 }).filter((a) => /remove/i.test(a.action));
  const memberships = (niss: string) =>
    (sesame.store.db.prepare('SELECT count(*) AS n FROM user_memberships m JOIN users u ON u.id = m.user_id WHERE u.niss = ? AND m.remove_at IS NULL').get(niss) as { n: number }).n;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  describe('R6: a revoke of the application named, never the removal of the person', () => {
    beforeEach(async () => {
      const c = chat('fr-BE');
      await c.send(`donne HospiSup et TCT à ${MARIE} à IRIS`);
      await c.send('oui');
      servicesOf(sesame.store).activation.activateDue(Date.now() + 21 * 60_000);
    });

    it.each([
      ['fr-BE', "marie dupont n'a plus besoin de la cellule technique, tu peux lui enlever stp", 'oui', ['Cellule Technique via le web'], ['tous ses accès', 'retirer Dr Marie Dupont des']],
      ['nl-BE', 'marie dupont heeft de technische cel niet meer nodig, haal het bij haar weg', 'ja', ['Technische Cel via het web'], ['al haar toegangen', 'uit Hôpitaux IRIS Sud']],
      ['de-BE', 'marie dupont braucht die technische zelle nicht mehr, nimm es ihr weg', 'ja', ['Technische Zelle über das Web'], ['allen Zugängen', 'aus Hôpitaux IRIS Sud']],
      ['en-GB', "marie dupont doesn't need the technical cell anymore, take it off her", 'yes', ['Technical Cell via the web'], ['all her access', 'from Hôpitaux IRIS Sud']],
    ])('%s: "%s" revokes TCT alone; HospiSup and the membership stay', async (locale, text, yes, says, never) => {
      const before = memberships(MARIE);
      expect(before).toBeGreaterThan(0);
      await expectSteps(chat(locale), [
        { text, slot: 'people.confirm', says, never },
        { text: yes, slot: null },
      ]);
      expect(grantsOf(MARIE)).toEqual(expect.arrayContaining([{ application: 'HOSPISUP', status: 'active' }]));
      // The revocation of an active access is ordered (it takes effect after the portal's delay): TCT's alone.
      const revoked = sesame.store.audit.list({ limit: 200 }).filter((a) => a.action === 'revokeAccess' || a.action === 'cancelGrant').map((a) => a.application);
      expect(revoked).toEqual(['TCT_WEB']);
      expect(removals()).toEqual([]);
      expect(memberships(MARIE)).toBe(before);
    });
  });

  describe('U3: a collaborator said with "assist", "va seconder": the function with its date', () => {
    it.each([
      ['en-GB', `colindos for ${JAN} at iris sud, he's going to assist a specialist from the 4th of january ${Y}`, 'yes', ["specialist doctor's collaborator"], ['No date is needed', 'I am not using the date']],
      ['fr-BE', `colindos pour ${JAN} à iris sud, il va seconder un spécialiste à partir du 4 janvier ${Y}`, 'oui', ['collaborateur médecin-spécialiste'], ["aucune date n'est nécessaire", 'Je ne retiens pas la date']],
      ['nl-BE', `colindos voor ${JAN} bij iris sud, hij gaat vanaf 4 januari ${Y} een specialist bijstaan`, 'ja', ['medewerker arts-specialist'], ['geen datum nodig']],
      ['de-BE', `colindos für ${JAN} bei iris sud, er wird ab dem 4. januar ${Y} einen facharzt unterstützen`, 'ja', ['Mitarbeiter Facharzt'], ['kein Datum nötig']],
    ])('%s: "%s" grants Colindos with COLLAB_SPECIALIST from 4 January, said on the summary', async (locale, text, yes, says, never) => {
      const c = chat(locale);
      const replies = (await c.send(text)).map((r) => r.text ?? '').join('\n');
      for (const w of never) expect(replies).not.toContain(w);
      // Jan is found by his NISS: "is this the right person?" first, then the summary.
      const summary = (await c.send(yes)).map((r) => r.text ?? '').join('\n');
      for (const w of says) expect(summary).toContain(w);
      expect(summary).toMatch(new RegExp(`04[./-]01[./-]${Y}`));
      await c.send(yes);
      expect(grantsOf(JAN).map((g) => g.application)).toEqual(['COLINDOS']);
      expect(sesame.store.access.listFunctions().map((f) => ({ niss: f.niss, function: f.function, startDate: f.startDate, endDate: f.endDate })))
        .toEqual([{ niss: JAN, function: 'COLLAB_SPECIALIST', startDate: `${Y}-01-04`, endDate: null }]);
    });
  });
});
