import ExcelJS from 'exceljs';
import type { Store } from '../../src/store/store';
import type { PeopleFilter } from '../../src/store/directory.repo';
import { findAllPeople } from '../../src/services/find-people.service';
import { exportPeople, neutralize } from '../../src/services/export.service';
import { DELAY, demoStore, NOW } from '../store/fixtures';
import { grant, lookUp, type Ids } from '../store/people-fixtures';
import { servicesOf } from '../../src/services';

const DAY = 24 * 60 * 60_000;

let store: Store;
let ids: Ids;
let scope: PeopleFilter;
beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
  scope = { entityId: ids.entityA };
  // Marie: Technical Cell asked yesterday 10:00 (Brussels), active since 10:20; HospiSup asked today 10:00, pending until 10:20.
  await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['TCT_WEB'] }, NOW - DAY);
  servicesOf(store).activation.activateDue(NOW - DAY + DELAY);
  await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP'] }, NOW);
  // Jan: a collaborator of a specialist doctor from 1 April to 31 December, with Colindos.
  await grant(store, {
    managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'],
    fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-04-01', endDate: '2026-12-31' },
  }, NOW);
  // A name a spreadsheet would run as a formula, and one with the CSV separator and quotes.
  store.people.insertUser(
    { niss: '02091504506', username: 'formula', lastName: '=HYPERLINK("x")', firstName: 'Anne; "Marie"', title: null, language: 'nl', email: 'a@example.org', localEmail: null },
    ids.hospitalA, 'invited', NOW,
  );
});
afterEach(() => store.close());

const exportAs = async (managerId: number, format: 'csv' | 'xlsx', locale: 'fr' | 'nl' | 'de' | 'en') =>
  exportPeople(store, scope, await findAllPeople(store, managerId, scope), format, locale, new Date(NOW));

/** RFC 4180 with ';' as separator, enough to read our own files back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

/** The rows as objects keyed by their header, so a test names the columns it reads. */
function records(rows: unknown[][]): Record<string, unknown>[] {
  const [header, ...body] = rows as [string[], ...unknown[][]];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

async function readXlsx(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { sheet, rows };
}

describe('CSV export', () => {
  it('one row per access, with the application and qualité names, the title and the dates, in French', async () => {
    const file = await exportAs(ids.coRae, 'csv', 'fr');
    expect(file.fileName).toBe('utilisateurs-2026-03-10.csv');
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    const text = file.buffer.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([
      'Nom', 'Prénom', 'Titre', "Nom d'utilisateur", 'Type', 'NISS', 'Statut du compte', 'Adresse e-mail', 'Langue', 'Qualité',
      'Application sécurisée', "Statut de l'accès", 'Demandé le', 'Actif depuis', 'En attente jusqu’au', 'Fonction', 'Début de la fonction', 'Fin de la fonction',
    ]);
    const all = records(rows);
    const marie = all.filter((r) => r["Nom d'utilisateur"] === 'mdupont');
    expect(marie).toEqual([
      expect.objectContaining({
        Titre: 'Dr', NISS: '85.07.30-033.28', Qualité: 'Prestataire de soins : hôpital', 'Application sécurisée': 'HospiSup',
        "Statut de l'accès": 'En attente', 'Demandé le': '10/03/2026 10:00', 'Actif depuis': '', 'En attente jusqu’au': '10/03/2026 10:20', Fonction: '',
      }),
      expect.objectContaining({
        'Application sécurisée': 'Cellule Technique via le web', "Statut de l'accès": 'Actif',
        'Demandé le': '09/03/2026 10:00', 'Actif depuis': '09/03/2026 10:20', 'En attente jusqu’au': '',
      }),
    ]);
    expect(all.find((r) => r["Nom d'utilisateur"] === 'jpeeters')).toMatchObject({
      Titre: '', Type: 'Collaborateur', 'Application sécurisée': 'Colindos', Fonction: 'collaborateur médecin-spécialiste',
      'Début de la fonction': '01/04/2026', 'Fin de la fonction': '31/12/2026',
    });
    // Nobody is left out: a person without access has a row with the person only.
    expect(all.find((r) => r["Nom d'utilisateur"] === 'pdesmet')).toMatchObject({ Qualité: 'Prestataire de soins : hôpital', 'Application sécurisée': '', 'Demandé le': '' });
    expect(text).not.toMatch(/HOSPISUP|TCT_WEB|COLLAB_SPECIALIST/);
    const formula = all.find((r) => r["Nom d'utilisateur"] === 'formula')!;
    expect(formula.Nom).toBe(`'=HYPERLINK("x")`);
    expect(formula.Prénom).toBe('Anne; "Marie"');
    expect(formula['Statut du compte']).toBe('Invité (mot de passe à choisir)');
  });

  it('speaks the reader\'s language: German names, headers and date separators, and no NISS for HELPDESK', async () => {
    const file = await exportAs(ids.helpdesk, 'csv', 'de');
    const text = file.buffer.toString('utf8');
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).not.toContain('ENSS');
    expect(rows[0]).toHaveLength(17);
    const marie = records(rows).filter((r) => r.Benutzername === 'mdupont');
    expect(marie.map((r) => [r['Gesicherte Anwendung'], r['Status des Zugangs'], r['Beantragt am'], r['Aktiv seit'], r['Ausstehend bis']])).toEqual([
      ['HospiSup', 'Ausstehend', '10.03.2026 10:00', '', '10.03.2026 10:20'],
      ['Technische Zelle über das Web', 'Aktiv', '09.03.2026 10:00', '09.03.2026 10:20', ''],
    ]);
    expect(marie[0]!.Eigenschaft).toBe('Pflegeerbringer: Krankenhaus');
    expect(records(rows).find((r) => r.Benutzername === 'jpeeters')).toMatchObject({ Funktion: 'Mitarbeiter Facharzt', 'Beginn der Funktion': '01.04.2026' });
    expect(text).not.toMatch(/85\.?07\.?30/);
  });
});

describe('XLSX export', () => {
  it('reads back in Dutch: names, real dates in Brussels time, text kept as text', async () => {
    const file = await exportAs(ids.coRae, 'xlsx', 'nl');
    expect(file.fileName).toBe('gebruikers-2026-03-10.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { sheet, rows } = await readXlsx(file.buffer);
    expect(sheet.name).toBe('Gebruikers');
    expect(rows[0]).toEqual([
      'Naam', 'Voornaam', 'Titel', 'Gebruikersnaam', 'Type', 'INSZ', 'Accountstatus', 'E-mailadres', 'Taal', 'Hoedanigheid',
      'Beveiligde toepassing', 'Status van de toegang', 'Aangevraagd op', 'Actief sinds', 'In afwachting tot', 'Functie', 'Begin van de functie', 'Einde van de functie',
    ]);
    const all = records(rows);
    const marie = all.filter((r) => r.Gebruikersnaam === 'mdupont');
    // A spreadsheet has no time zone: the cell holds the Brussels wall time (10:00 is 09:00 UTC on 10 March).
    expect(marie).toEqual([
      expect.objectContaining({
        Titel: 'Dr', INSZ: '85.07.30-033.28', Hoedanigheid: 'Zorgverlener: ziekenhuis', 'Beveiligde toepassing': 'HospiSup', 'Status van de toegang': 'In afwachting',
        'Aangevraagd op': new Date(Date.UTC(2026, 2, 10, 10, 0)), 'Actief sinds': '', 'In afwachting tot': new Date(Date.UTC(2026, 2, 10, 10, 20)),
      }),
      expect.objectContaining({
        'Beveiligde toepassing': 'Technische Cel via het web', 'Status van de toegang': 'Actief',
        'Aangevraagd op': new Date(Date.UTC(2026, 2, 9, 10, 0)), 'Actief sinds': new Date(Date.UTC(2026, 2, 9, 10, 20)),
      }),
    ]);
    expect(all.find((r) => r.Gebruikersnaam === 'jpeeters')).toMatchObject({
      Functie: 'medewerker arts-specialist', 'Begin van de functie': new Date(Date.UTC(2026, 3, 1)), 'Einde van de functie': new Date(Date.UTC(2026, 11, 31)),
    });
    // Shown as the chat writes dates in Dutch.
    const rowOf = (username: string) => sheet.getRow(rows.findIndex((r) => r[3] === username) + 1);
    expect(rowOf('mdupont').getCell(13).numFmt).toBe('dd-mm-yyyy hh:mm');
    expect(rowOf('jpeeters').getCell(17).numFmt).toBe('dd-mm-yyyy');
    expect(all.find((r) => r.Gebruikersnaam === 'formula')!.Naam).toBe(`'=HYPERLINK("x")`);
  });

  it('has no NISS column for HELPDESK', async () => {
    const { rows } = await readXlsx((await exportAs(ids.helpdesk, 'xlsx', 'en')).buffer);
    expect(rows[0]).not.toContain('NISS');
    expect(rows[0]).toHaveLength(17);
    expect(records(rows).find((r) => r.Username === 'mdupont')).toMatchObject({ 'Capacity (qualité)': 'Healthcare provider: hospital', 'Access status': 'Pending' });
  });
});

describe('neutralize', () => {
  it.each([['=1+1', "'=1+1"], ['+32 2', "'+32 2"], ['-x', "'-x"], ['@a', "'@a"], ['Dupont', 'Dupont'], ['', '']])('%s → %s', (a, b) => {
    expect(neutralize(a)).toBe(b);
  });
});
