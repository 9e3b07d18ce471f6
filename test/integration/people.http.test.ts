import ExcelJS from 'exceljs';
import type { Sesame } from '../../src/app';
import { nissCheckDigits } from '../../src/domain/niss';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { addPopulation } from '../support/population';
import { servicesOf } from '../../src/services';

// Demo data: Sophie Lambert (demo-manager) is Co-RAE of IRIS Sud (entity 1) and RAE of Sainte-Anne
// (entity 2); "Helpdesk Sésame" (demo-helpdesk) is HELPDESK. Marie Dupont and Jan Peeters are at IRIS
// Sud, Els Janssens, Nathalie Dubois and Lucas Mertens (invited) at Sainte-Anne.
const MARIE = '85073003328';
const JAN = '90041212377';
const ELS = '78110324621';
const NATHALIE = '82022116865';

describe('people management in the chat, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let n = 0;
  const client = (from = 'demo-manager', locale = 'fr-BE') => new ChatClient(() => sesame.url, `people-${++n}`, { from, locale });
  const entityId = (inami: string) => sesame.store.catalog.entityByInami(inami)!.id;

  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  async function grant(chat: ChatClient, sentence: string) {
    await chat.send(sentence);
    const [done] = await chat.send('oui');
    expect(done!.text).toContain("C'est enregistré");
  }

  it('fr: lists the users of an entity, asking which one', async () => {
    const chat = client();
    const [ask] = await chat.send('liste les utilisateurs');
    expect(ask!.text).toContain('Pour quelle entité ?');
    expect(ask!.channelData?.sesame?.expecting).toBe('people.entity');
    const [list] = await chat.send('IRIS');
    expect(list!.text).toContain('Utilisateurs des Hôpitaux IRIS Sud : 1 à 3 sur 3.');
    expect(list!.text).toContain('Dr Marie Dupont (mdupont) — 85.07.30-033.28 — actif');
    expect(list!.text).toContain("C'est toute la liste.");
  });

  it('fr: "qui a Colindos ?" lists the holders only', async () => {
    const chat = client();
    await grant(chat, 'donne Colindos à 85073003328, IRIS, qualité hôpital, elle est médecin');
    expect((await chat.send('qui a Colindos ?'))[0]!.text).toContain('Pour quelle entité ?');
    const [list] = await chat.send('IRIS');
    expect(list!.text).toContain('(application Colindos)');
    expect(list!.text).toContain('Marie Dupont');
    expect(list!.text).not.toContain('Jan Peeters');
  });

  it('en and nl: filters by status and by name', async () => {
    const en = client('demo-manager', 'en-GB');
    const [invited] = await en.send('users with status invited at Sainte-Anne');
    expect(invited!.text).toContain('Users of Clinique Sainte-Anne Saint-Remi (status invited): 1 to 1 of 1.');
    expect(invited!.text).toContain('Lucas Mertens');
    const nl = client('demo-manager', 'nl-BE');
    const [peeters] = await nl.send('gebruikers met naam Peeters in IRIS');
    expect(peeters!.text).toContain('(naam „Peeters”)');
    expect(peeters!.text).toContain('Jan Peeters (jpeeters)');
    expect(peeters!.text).not.toContain('Marie');
  });

  it('pages ten at a time: "les 10 suivants", "nächste 10"', async () => {
    const id = entityId('710087-50');
    const quality = sesame.store.catalog.qualitiesOfEntity(id)[0]!;
    for (let i = 0; i < 12; i++) {
      const first9 = `7001010${String(10 + i)}`;
      sesame.store.people.insertUser(
        { niss: `${first9}${nissCheckDigits(first9, 1900)}`, username: `extra${i}`, lastName: `Extra${String(i).padStart(2, '0')}`, firstName: 'Test', title: null, language: 'fr', email: `x${i}@example.org`, localEmail: null },
        quality.id,
        'active',
      );
    }
    const fr = client();
    const [first] = await fr.send('liste les utilisateurs de IRIS Sud');
    expect(first!.text).toContain(': 1 à 10 sur 15.');
    expect(first!.text).toContain('les 10 suivants');
    const [second] = await fr.send('les 10 suivants');
    expect(second!.text).toContain(': 11 à 15 sur 15.');
    const de = client('demo-manager', 'de-BE');
    await de.send('zeige die Benutzer von IRIS Sud');
    const [next] = await de.send('nächste 10');
    expect(next!.text).toContain(': 11 bis 15 von 15.');
  });

  it('exports to Excel and CSV as chat attachments; the helpdesk gets no NISS column', async () => {
    const chat = client();
    const [xlsx] = await chat.send('exporte les utilisateurs de IRIS Sud en Excel');
    expect(xlsx!.text).toMatch(/Voici l'export de 3 utilisateurs : utilisateurs-\d{4}-\d{2}-\d{2}\\\.xlsx\./); // the file name as Markdown: an escaped dot is no link
    const file = xlsx!.attachments![0]!;
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentUrl!.split(',')[1]!, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Nom', 'Prénom', 'NISS']));
    const rows = [2, 3, 4].map((r) => (sheet.getRow(r).values as string[]).join('|'));
    expect(rows.join('\n')).toContain('Dupont|Marie|Dr|mdupont');
    expect(rows.join('\n')).toContain('85.07.30-033.28');

    const helpdesk = client('demo-helpdesk', 'en-GB');
    await helpdesk.send('list the users of IRIS');
    const [csv] = await helpdesk.send('export to CSV');
    expect(csv!.text).toContain('Without the national number column');
    const csvFile = csv!.attachments![0]!;
    expect(csvFile.contentType).toBe('text/csv');
    const content = Buffer.from(csvFile.contentUrl!.split(',')[1]!, 'base64').toString('utf8');
    expect(content.split('\r\n')[0]).toBe(
      '\uFEFFLast name;First name;Title;Username;Type;Account status;E-mail address;Language;Capacity (qualité);Secured application;' +
        'Access status;Requested on;Active since;Pending until;Function;Function start;Function end',
    );
    expect(content).not.toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/);
  });

  it('fr: takes an application away after a confirmation, audited, effective after the delay', async () => {
    const chat = client();
    await grant(chat, 'donne HospiSup à 85073003328, IRIS, qualité hôpital');
    servicesOf(sesame.store).activation.activateDue(Date.now() + 21 * 60_000);
    const [summary] = await chat.send('retire HospiSup à 85073003328');
    expect(summary!.text).toContain("Je vais retirer à Dr Marie Dupont l'accès à HospiSup (Hôpitaux IRIS Sud). Ce sera effectif dans 20 minutes");
    expect(summary!.channelData?.sesame?.expecting).toBe('people.confirm');
    expect(summary!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const [done] = await chat.send('oui');
    expect(done!.text).toMatch(/Dr Marie Dupont perdra l'accès à HospiSup le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    const audit = sesame.store.audit.list({ niss: MARIE, action: 'revokeAccess' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.outcome).toBe('ok');
    expect(servicesOf(sesame.store).deactivation.applyDue(Date.now() + 21 * 60_000).grants).toBe(1);
    expect(sesame.store.access.listGrants().filter((g) => g.niss === MARIE && g.status !== 'revoked')).toHaveLength(0);
  });

  it('nl: "nee" at the summary changes nothing', async () => {
    const chat = client('demo-manager', 'nl-BE');
    await chat.send('geef HospiSup aan 85073003328 in IRIS, hoedanigheid ziekenhuis');
    await chat.send('ja');
    const [summary] = await chat.send('trek HospiSup in bij 85073003328');
    expect(summary!.text).toContain('Ik trek de toegang van Dr Marie Dupont tot HospiSup in');
    const [no] = await chat.send('nee');
    expect(no!.text).toContain('Geannuleerd');
    expect(sesame.store.audit.list({ action: 'revokeAccess' })).toHaveLength(0);
  });

  it('fr: ends a function at a date, and removes a person from the entity', async () => {
    const chat = client();
    await grant(chat, "Colindos pour 90041212377 à IRIS, qualité hôpital, collaborateur d'un médecin à partir du 1er mars 2027");
    const [summary] = await chat.send('fin de la fonction de 90041212377 au 31-12-2027');
    expect(summary!.text).toContain('La fonction « collaborateur médecin-spécialiste » de Jan Peeters (Hôpitaux IRIS Sud) prendra fin ; dernier jour : 31/12/2027 (inactive à partir du 01/01/2028 00:00). Puis-je confirmer ?');
    const [done] = await chat.send('oui');
    expect(done!.text).toContain('La fonction « collaborateur médecin-spécialiste » de Jan Peeters prend fin ; dernier jour : 31/12/2027 (inactive à partir du 01/01/2028 00:00).');
    // The store holds the day after the last day said: its end dates are exclusive.
    expect(sesame.store.access.listFunctions().map((f) => f.endDate)).toEqual(['2028-01-01']);
    expect(sesame.store.audit.list({ niss: JAN, action: 'endFunction' })).toHaveLength(1);

    const [remove] = await chat.send("supprime 85073003328 de l'entité");
    expect(remove!.text).toContain('Je vais retirer Dr Marie Dupont des Hôpitaux IRIS Sud');
    const [removed] = await chat.send('oui');
    expect(removed!.text).toContain('je retirerai Dr Marie Dupont des Hôpitaux IRIS Sud');
    expect(sesame.store.audit.list({ niss: MARIE, action: 'removeUser' })).toHaveLength(1);
  });

  it('the helpdesk is refused a revocation plainly, and the refusal is audited', async () => {
    const chat = client('demo-helpdesk', 'en-GB');
    const [refused] = await chat.send('revoke HospiSup from 85073003328 at IRIS');
    expect(refused!.text).toBe('Your role does not allow you to take access away. Nothing was changed.');
    const audit = sesame.store.audit.list({ action: 'revokeAccess', outcome: 'refused' });
    expect(audit).toHaveLength(1);
  });

  it('fr: a RAE designates an access manager by NISS: the summary names her and her username, her sign-in; a GA is refused', async () => {
    const chat = client();
    const [summary] = await chat.send("désigne 78110324621 comme gestionnaire d'accès de Sainte-Anne");
    expect(summary!.text).toContain("Els Janssens (nom d'utilisateur : ejanssens) sera gestionnaire d'accès de la Clinique Sainte-Anne Saint-Remi. Puis-je confirmer ?");
    const [done] = await chat.send('oui');
    expect(done!.text).toContain("C'est fait : Els Janssens est gestionnaire d'accès de la Clinique Sainte-Anne Saint-Remi.");
    const els = sesame.store.people.managerByChannelUserId('ejanssens')!;
    expect(els.name).toBe('Els Janssens');
    expect(sesame.store.people.rolesOf(els.id)).toEqual([{ role: 'GA', entityId: entityId('710338-90'), qualityId: null }]);

    // Els, now GA, writes to Sésame (as her portal username) and tries to designate someone herself.
    const ga = client('ejanssens', 'nl-BE');
    const [refused] = await ga.send('duid 82022116865 aan als toegangsbeheerder');
    expect(refused!.text).toContain('Uw rol laat niet toe een toegangsbeheerder aan te stellen: dat doet de VTE.');
    expect(sesame.store.audit.list({ action: 'designateManager', outcome: 'refused' })).toHaveLength(1);

    const [remove] = await chat.send("retire 78110324621 des gestionnaires d'accès de Sainte-Anne");
    expect(remove!.text).toContain("Els Janssens (nom d'utilisateur : ejanssens) ne sera plus gestionnaire d'accès");
    await chat.send('oui');
    expect(sesame.store.people.rolesOf(els.id)).toEqual([]);
  });

  it('fr: bulk grant from one message with a bad NISS in the middle', async () => {
    const chat = client();
    const [plan] = await chat.send(`donne HospiSup à ${NATHALIE}, 90041212378 et ${ELS} à Sainte-Anne`);
    expect(plan!.text).toContain('Ligne 1 (82022116865) : Nathalie Dubois recevra HospiSup.');
    expect(plan!.text).toContain("Ligne 2 (90041212378) : ce n'est pas un NISS valide.");
    expect(plan!.text).toContain('Ligne 3 (78110324621) : Els Janssens recevra HospiSup.');
    expect(plan!.text).toContain('2 personnes recevront HospiSup ; 1 ligne sera ignorée. Puis-je confirmer ?');
    const [done] = await chat.send('oui');
    expect(done!.text).toContain('Nathalie Dubois (82.02.21-168.65) : HospiSup, actif le');
    expect(done!.text).toContain('Terminé : 2 personnes traitées.');
    expect(sesame.store.access.listGrants().map((g) => g.niss).sort()).toEqual([ELS, NATHALIE].sort());
  });

  it('en: bulk grant from an attached CSV file', async () => {
    const chat = client('demo-manager', 'en-GB');
    const csv = `NISS;Name\r\n${NATHALIE};Dubois\r\n12345;bad\r\n${ELS};Janssens\r\n`;
    const [plan] = await chat.send('give eBirth to these people at Sainte-Anne', {
      attachments: [{ contentType: 'text/csv', name: 'people.csv', contentUrl: `data:text/csv;base64,${Buffer.from(csv).toString('base64')}` }],
    });
    expect(plan!.text).toContain('Line 3 (12345)');
    expect(plan!.text).toContain('Line 2 (82022116865): Nathalie Dubois will get eBirth.');
    await chat.send('yes');
    expect(sesame.store.access.listGrants().filter((g) => g.application === 'EBIRTH')).toHaveLength(2);
  });

  it('de: a bulk grant of more than 10 people sends progress replies before the summary (expectReplies)', async () => {
    const nissList = addPopulation(sesame.store, 12);
    const chat = client('demo-manager', 'de-BE');
    const [plan] = await chat.send(`gib HospiSup an ${nissList.join(' ')} in IRIS Sud, Qualität Krankenhaus`);
    expect(plan!.text).toContain('12');
    const replies = await chat.send('ja', { id: 'bulk-confirm-1' });
    expect(replies.map((r) => r.text.split('\n')[0])).toEqual(['In Arbeit: 10/12 verarbeitet…', expect.any(String)]);
    expect(replies[1]!.text).toContain('Fertig: 12 Personen verarbeitet.');
    expect(sesame.store.access.listGrants().filter((g) => g.application === 'HOSPISUP').map((g) => g.niss).sort()).toEqual([...nissList].sort());
    // Sent again (a client retrying): the stored summary comes back, nothing is granted twice.
    const again = await chat.send('ja', { id: 'bulk-confirm-1' });
    expect(again.at(-1)!.text).toBe(replies[1]!.text);
    expect(sesame.store.access.listGrants()).toHaveLength(12);
  });

  it('fr: who gave access, from the audit log', async () => {
    const chat = client();
    await grant(chat, 'donne HospiSup à 85073003328, IRIS, qualité hôpital');
    const [answer] = await chat.send('qui a donné accès à HospiSup à 85073003328 ?');
    expect(answer!.text).toContain('Historique de Dr Marie Dupont (85.07.30-033.28) pour HospiSup :');
    expect(answer!.text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — Sophie Lambert a donné l'accès/);
  });

  describe('the helpdesk in the chat', () => {
    const ask = async (chat: ChatClient, sentence: string) => (await chat.send(sentence))[0]!.text;

    it('diagnoses from a question: invalid NISS, unknown application or person, no grant, pending, function not started, password not set, disabled, fine', async () => {
      const manager = client();
      await grant(manager, 'donne HospiSup à 85073003328, IRIS, qualité hôpital');
      await grant(manager, "Colindos pour 90041212377 à IRIS, qualité hôpital, collaborateur d'un médecin à partir du 1er mars 2027");
      const hd = client('demo-helpdesk');
      expect(await ask(hd, 'pourquoi 85073003329 ne peut pas ouvrir Colindos ?')).toContain("Ce n'est pas un NISS valide");
      expect(await ask(hd, 'pourquoi 85073003328 ne peut pas ouvrir Facebook ?')).toContain("Je ne connais pas d'application");
      expect(await ask(hd, `pourquoi 93051234566 ne peut pas ouvrir Colindos ?`)).toMatch(/Aucun utilisateur n'a le NISS|pas un NISS valide/);
      expect(await ask(hd, 'pourquoi 85073003328 ne peut pas ouvrir Colindos ?')).toContain("Dr Marie Dupont n'a pas reçu l'accès à Colindos");
      expect(await ask(hd, 'pourquoi 85073003328 ne peut pas ouvrir HospiSup ?')).toMatch(/L'accès de Dr Marie Dupont à HospiSup est enregistré et sera actif le \d\d\/\d\d\/\d{4} à \d\d:\d\d\./);
      servicesOf(sesame.store).activation.activateDue(Date.now() + 21 * 60_000);
      expect(await ask(hd, 'pourquoi 90041212377 ne peut pas ouvrir Colindos ?')).toContain('commence le 01/03/2027');
      expect(await ask(hd, 'pourquoi 85073003328 ne peut pas ouvrir HospiSup ?')).not.toContain('enregistré et sera actif');
      await grant(manager, 'donne eBirth à 01091504506 à Sainte-Anne');
      await grant(manager, 'donne HospiSup à 69060808797, IRIS, qualité hôpital');
      servicesOf(sesame.store).activation.activateDue(Date.now() + 21 * 60_000);
      expect(await ask(hd, 'pourquoi 01091504506 ne peut pas ouvrir eBirth ?')).toContain("Lucas Mertens n'a pas encore choisi son mot de passe");
      expect(await ask(hd, 'pourquoi 69060808797 ne peut pas ouvrir HospiSup ?')).toContain('Le compte de Dr Pieter De Smet est désactivé');
      const en = client('demo-helpdesk', 'en-GB');
      expect(await ask(en, 'why can\'t 78110324621 open HospiSup at IRIS?')).toMatch(/Els Janssens/);
    });

    it('walks the portal guide one step per message with next and back, then goes back to what the manager was doing', async () => {
      const hd = client('demo-helpdesk');
      const [first] = await hd.send('guide Colindos');
      expect(first!.text).toMatch(/^Étape 1 sur 12 : Ouvrez/);
      expect(first!.channelData?.sesame?.expecting).toBe('helpdesk.guide');
      expect((await hd.send('suivant'))[0]!.text).toMatch(/^Étape 2 sur 12/);
      expect((await hd.send('précédent'))[0]!.text).toMatch(/^Étape 1 sur 12/);
      expect((await hd.send('arrêter'))[0]!.text).toMatch(/^Guide arrêté/);

      const manager = client('demo-manager', 'nl-BE');
      // No person yet: the entity is asked (a person of one entity only would put the request there).
      const [entity] = await manager.send('geef HospiSup');
      expect(entity!.channelData?.sesame?.expecting).toBe('entity');
      const [step] = await manager.send('hoe doe ik dat in het portaal voor HospiSup?');
      expect(step!.text).toMatch(/^Stap 1 van 8/);
      const [back] = await manager.send('stoppen');
      expect(back!.text).toContain('We gaan verder met uw lopende toegangsaanvraag.');
      expect(back!.channelData?.sesame?.expecting).toBe('entity');
      await manager.send('IRIS');
      const [confirm] = await manager.send('85073003328');
      expect(confirm!.channelData?.sesame?.expecting).toBe('confirm');
    });
  });
});
