import path from 'node:path';
import type { Sesame } from '../../src/app';
import { runCli } from '../../src/cli/index';
import { ChatClient, startTestSesame, tempDir, testConfig } from '../support/harness';
import { servicesOf } from '../../src/services';

/**
 * One hospital never learns who works at another: a GA of Hôpitaux IRIS Sud who names the NISS of a
 * Sainte-Anne user, in any answer (diagnosis, status, revoke, remove, end of function, audit, bulk,
 * the CLI with --as), hears "no user of your entities has this NISS" and never their name, title,
 * username or e-mail. The helpdesk, across entities by design, still sees them.
 */

const ELS = '78110324621'; // Apr. Els Janssens, Sainte-Anne, active
const NATHALIE = '82022116865'; // Dr Nathalie Dubois, Sainte-Anne, active
const LUCAS = '01091504506'; // Lucas Mertens, Sainte-Anne, invited
const MARIE = '85073003328'; // Dr Marie Dupont, IRIS

const SAINTE_ANNE_PEOPLE = ['Janssens', 'Els', 'Apr.', 'ejanssens', 'els.janssens', 'Dubois', 'Nathalie', 'ndubois', 'nathalie.dubois', 'Mertens', 'Lucas', 'lmertens', 'lucas.mertens'];

interface Case { name: string; locale?: string; text: string; says: string }
const cases: Case[] = [
  { name: 'fr: diagnosis', text: `pourquoi ${ELS} ne peut pas ouvrir Hospiliss ?`, says: "Aucun utilisateur de vos entités n'a le NISS 78.11.03-246.21" },
  { name: 'nl: diagnosis', locale: 'nl-BE', text: `waarom kan ${NATHALIE} Hospiliss niet openen?`, says: 'Geen enkele gebruiker van uw entiteiten heeft INSZ 82.02.21-168.65' },
  { name: 'en: diagnosis of an invited user', locale: 'en-GB', text: `why can ${LUCAS} not open eBirth?`, says: 'No user of your entities has NISS 01.09.15-045.06' },
  { name: 'de: diagnosis', locale: 'de-BE', text: `warum kann ${ELS} Hospiliss nicht öffnen?`, says: 'Kein Benutzer Ihrer Einrichtungen hat die ENSS 78.11.03-246.21' },
  { name: 'en: status question', locale: 'en-GB', text: `is the access of ${ELS} to HospiSup active?`, says: 'No user of your entities has the NISS 78.11.03-246.21' },
  { name: 'fr: status question', text: `est-ce que l'accès de ${NATHALIE} à HospiSup est actif ?`, says: 'Aucun utilisateur de vos entités' },
  { name: 'fr: revoke', text: `retire HospiSup à ${ELS}`, says: "Aucun utilisateur de vos entités n'a le NISS 78.11.03-246.21" },
  { name: 'nl: revoke', locale: 'nl-BE', text: `trek HospiSup in bij ${NATHALIE}`, says: 'Geen enkele gebruiker van uw entiteiten heeft het INSZ 82.02.21-168.65' },
  { name: 'fr: remove from the entity', text: `supprime ${ELS} de l'entité`, says: "Aucun utilisateur de vos entités n'a le NISS 78.11.03-246.21" },
  { name: 'en: remove from the entity', locale: 'en-GB', text: `remove ${LUCAS} from the entity`, says: 'No user of your entities has the national number 01.09.15-045.06' },
  { name: 'fr: end of function', text: `fin de la fonction de ${ELS} au 31-12-2027`, says: "Aucun utilisateur de vos entités n'a le NISS 78.11.03-246.21" },
  { name: 'de: end of function', locale: 'de-BE', text: `beende die Funktion von ${ELS} am 31.12.2027`, says: 'Kein Benutzer Ihrer Einrichtungen hat die Nationalregisternummer 78.11.03-246.21' },
  { name: 'fr: audit question', text: `qui a donné accès à HospiSup à ${ELS} ?`, says: '78.11.03-246.21' },
  { name: 'en: audit question', locale: 'en-GB', text: `who gave HospiSup to ${ELS}?`, says: '78.11.03-246.21' },
  { name: 'fr: bulk grant', text: `donne HospiSup à ${ELS} et ${MARIE} à IRIS, qualité hôpital`, says: '78.11.03-246.21' },
];

describe('a person who is no user of the manager\'s entities is never named, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let dbFile: string;

  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      env: { SESAME_DB: dbFile, SESAME_DEMO: '0', ACTIVATION_DELAY: '20m', MAIL_DIR: path.join(tmp.dir, 'mail'), PUBLIC_URL: 'https://sesame.example' },
    });
    return { code, out: stdout + stderr };
  };

  beforeAll(async () => {
    tmp = tempDir();
    dbFile = `${tmp.dir}/sesame.db`;
    sesame = await startTestSesame(testConfig(dbFile));
    const { people, catalog } = sesame.store;
    const iris = catalog.entityByInami('710087-50')!;
    people.addRole(people.addManager({ channelUserId: 'ga-marc', name: 'Marc GA' }).id, 'GA', iris.id);
    people.addRole(people.addManager({ channelUserId: 'rae-iris', name: 'Rita RAE' }).id, 'RAE', iris.id);
    // Sainte-Anne gives Els HospiSup and a function: there is something to revoke, end and audit there.
    await new ChatClient(() => sesame.url, 'before-anne').walk([`donne HospiSup à ${ELS} à Sainte-Anne`, 'oui']);
    await new ChatClient(() => sesame.url, 'before-anne-fn').walk([`donne Colindos à ${ELS} à Sainte-Anne, collaboratrice d'un pharmacien, à partir du 1er mars 2027`, 'oui']);
  });
  afterAll(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  it.each(cases)('$name', async ({ name, locale, text, says }) => {
    const chat = new ChatClient(() => sesame.url, `marc-${name}`, { from: 'ga-marc', ...(locale ? { locale } : {}) });
    const said = (await chat.send(text)).map((r) => r.text ?? '').join('\n');
    expect(said).toContain(says);
    for (const word of SAINTE_ANNE_PEOPLE) expect({ text, said }).toEqual({ text, said: expect.not.stringContaining(word) });
  });

  it('fr: a designation by the NISS of another entity\'s user finds nobody of IRIS, and names nobody', async () => {
    const rae = new ChatClient(() => sesame.url, 'rae-designates', { from: 'rae-iris' });
    const replies = await rae.send(`désigne ${ELS} comme gestionnaire d'accès de IRIS`);
    const said = replies.map((r) => r.text ?? '').join('\n');
    expect(replies.at(-1)!.channelData?.sesame?.expecting).toBe('people.identifier');
    expect(said).toContain('ne correspond à aucun utilisateur');
    for (const word of SAINTE_ANNE_PEOPLE) expect(said).not.toContain(word);
  });

  it('the helpdesk still sees who the person is', async () => {
    const hd = new ChatClient(() => sesame.url, 'helpdesk-sees', { from: 'demo-helpdesk' });
    expect((await hd.send(`pourquoi ${ELS} ne peut pas ouvrir Hospiliss ?`)).map((r) => r.text).join('\n')).toContain('Apr. Els Janssens');
    expect((await hd.send(`qui a donné accès à HospiSup à ${ELS} ?`)).map((r) => r.text).join('\n')).toContain('Apr. Els Janssens');
    const en = new ChatClient(() => sesame.url, 'helpdesk-sees-en', { from: 'demo-helpdesk', locale: 'en-GB' });
    expect((await en.send(`is the access of ${ELS} to HospiSup active?`)).map((r) => r.text).join('\n')).toContain('Apr. Els Janssens');
  });

  it('a manager of the person\'s own entity still sees them', async () => {
    const rae = new ChatClient(() => sesame.url, 'rae-sees', { from: 'demo-manager' });
    expect((await rae.send(`retire HospiSup à ${ELS}`)).map((r) => r.text).join('\n')).toContain('Apr. Els Janssens');
  });

  it('the CLI with --as answers the same: diagnosis (fr, nl), revoke, remove, end of function, audit', async () => {
    const runs = [
      await cli('helpdesk', 'diagnose', '--as', 'ga-marc', '--niss', ELS, '--application', 'Hospiliss', '--entity', '710087-50'),
      await cli('helpdesk', 'diagnose', '--as', 'ga-marc', '--niss', ELS, '--application', 'Hospiliss', '--entity', '710087-50', '--language', 'nl'),
      await cli('helpdesk', 'diagnose', '--as', 'ga-marc', '--niss', ELS, '--application', 'Hospiliss', '--entity', '710087-50', '--json'),
      await cli('access', 'revoke', '--as', 'ga-marc', '--niss', ELS, '--entity', '710087-50', '--application', 'HOSPISUP'),
      await cli('users', 'remove', '--as', 'ga-marc', '--niss', ELS, '--entity', '710087-50'),
      await cli('functions', 'end', '--as', 'ga-marc', '--niss', ELS, '--entity', '710087-50', '--function', 'COLLAB_PHARMACIST', '--date', '31-12-2027'),
      await cli('audit', 'list', '--as', 'ga-marc', '--niss', ELS, '--json'),
    ];
    expect(runs[0]!.out).toContain("Aucun utilisateur de vos entités n'a le NISS 78.11.03-246.21");
    expect(runs[1]!.out).toContain('Geen enkele gebruiker van uw entiteiten heeft INSZ 78.11.03-246.21');
    for (const r of runs.slice(3, 6)) expect(r).toEqual({ code: 1, out: expect.stringContaining('no user of your entities has NISS') });
    for (const r of runs) for (const word of SAINTE_ANNE_PEOPLE) expect(r.out).not.toContain(word);

    const helpdesk = await cli('helpdesk', 'diagnose', '--as', 'demo-helpdesk', '--niss', ELS, '--application', 'Hospiliss', '--entity', '710338-90');
    expect(helpdesk.out).toContain('Apr. Els Janssens');
    const audit = await cli('audit', 'list', '--as', 'demo-helpdesk', '--niss', ELS, '--json');
    expect(audit.out).toContain('Els Janssens');
  });

  it('fr: once removed from IRIS, a Sainte-Anne user is no longer named in IRIS\'s history (chat and CLI)', async () => {
    const rae = new ChatClient(() => sesame.url, 'rae-grants-nathalie', { from: 'rae-iris' });
    await rae.walk([`donne HospiSup à ${NATHALIE} à IRIS, qualité hôpital`, 'oui']);
    const before = (await rae.send(`qui a donné accès à HospiSup à ${NATHALIE} ?`)).map((r) => r.text ?? '').join('\n');
    expect(before).toContain('Dr Nathalie Dubois');
    await rae.walk([`supprime ${NATHALIE} de l'entité`, 'oui']);
    const later = Date.now() + 21 * 60_000;
    servicesOf(sesame.store).activation.activateDue(later);
    servicesOf(sesame.store).deactivation.applyDue(later);
    expect(sesame.store.helpdesk.membershipsInEntity(sesame.store.people.userByNiss(NATHALIE)!.id, sesame.store.catalog.entityByInami('710087-50')!.id)).toEqual([]);
    const marc = new ChatClient(() => sesame.url, 'marc-history', { from: 'ga-marc' });
    const after = (await marc.send(`qui a donné accès à HospiSup à ${NATHALIE} ?`)).map((r) => r.text ?? '').join('\n');
    expect(after).toContain('Historique de 82.02.21-168.65 pour HospiSup');
    const json = await cli('audit', 'list', '--as', 'ga-marc', '--niss', NATHALIE, '--json');
    expect(json.out).toContain('"userName": null');
    for (const text of [after, json.out]) for (const word of SAINTE_ANNE_PEOPLE) expect(text).not.toContain(word);
  });
});
