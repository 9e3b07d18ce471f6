import ExcelJS from 'exceljs';
import type { Store } from '../../src/store/store';
import { findAllPeople } from '../../src/people/find-people';
import { exportPeople, neutralize } from '../../src/people/export';
import { demoStore, NOW } from '../store/fixtures';
import { grant, lookUp, type Ids } from '../store/people-fixtures';

let store: Store;
let ids: Ids;
beforeEach(() => {
  store = demoStore();
  ids = lookUp(store);
  grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['HOSPISUP', 'EBIRTH'] });
  // A name a spreadsheet would run as a formula, and one with the CSV separator and quotes.
  store.people.insertUser(
    { niss: '01091504506'.replace('01', '02'), username: 'formula', lastName: '=HYPERLINK("x")', firstName: 'Anne; "Marie"', title: null, language: 'nl', email: 'a@example.org', localEmail: null },
    ids.hospitalA, 'invited', NOW,
  );
});
afterEach(() => store.close());

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

describe('CSV export', () => {
  it('has a BOM, translated headers, one row per person, the NISS formatted, formulas neutralized', async () => {
    const file = await exportPeople(findAllPeople(store, ids.coRae, { entityId: ids.entityA }), 'csv', 'fr', new Date(NOW));
    expect(file.fileName).toBe('utilisateurs-2026-03-10.csv');
    expect(file.mimeType).toBe('text/csv; charset=utf-8');
    const text = file.buffer.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(['Nom', 'Prénom', "Nom d'utilisateur", 'Type', 'NISS', 'Statut', 'Applications sécurisées', 'Adresse e-mail', 'Langue']);
    expect(rows).toHaveLength(5);
    expect(rows).toContainEqual(['Dupont', 'Marie', 'mdupont', 'Utilisateur', '85.07.30-033.28', 'Actif', 'EBIRTH, HOSPISUP', 'marie.dupont@example.org', 'FR']);
    const formula = rows.find((r) => r[2] === 'formula')!;
    expect(formula[0]).toBe(`'=HYPERLINK("x")`);
    expect(formula[1]).toBe('Anne; "Marie"');
    expect(formula[5]).toBe('Invité (mot de passe à choisir)');
  });

  it('has no NISS column for HELPDESK', async () => {
    const file = await exportPeople(findAllPeople(store, ids.helpdesk, { entityId: ids.entityA }), 'csv', 'en', new Date(NOW));
    const rows = parseCsv(file.buffer.toString('utf8').slice(1));
    expect(rows[0]).toEqual(['Last name', 'First name', 'Username', 'Type', 'Status', 'Secured applications', 'E-mail address', 'Language']);
    expect(file.buffer.toString('utf8')).not.toMatch(/85\.?07\.?30/);
  });
});

describe('XLSX export', () => {
  async function readBack(buffer: Buffer) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  }

  it('reads back the same list, values as text, in the reader\'s language', async () => {
    const file = await exportPeople(findAllPeople(store, ids.coRae, { entityId: ids.entityA }), 'xlsx', 'nl', new Date(NOW));
    expect(file.fileName).toBe('gebruikers-2026-03-10.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { name, rows } = await readBack(file.buffer);
    expect(name).toBe('Gebruikers');
    expect(rows[0]).toEqual(['Naam', 'Voornaam', 'Gebruikersnaam', 'Type', 'INSZ', 'Status', 'Beveiligde toepassingen', 'E-mailadres', 'Taal']);
    expect(rows).toContainEqual(['Dupont', 'Marie', 'mdupont', 'Gebruiker', '85.07.30-033.28', 'Actief', 'EBIRTH, HOSPISUP', 'marie.dupont@example.org', 'FR']);
    expect(rows.find((r) => r[2] === 'formula')![0]).toBe(`'=HYPERLINK("x")`);
    expect(rows).toHaveLength(5);
  });

  it('has no NISS column for HELPDESK', async () => {
    const { rows } = await readBack((await exportPeople(findAllPeople(store, ids.helpdesk, { entityId: ids.entityA }), 'xlsx', 'de')).buffer);
    expect(rows[0]).not.toContain('ENSS');
    expect(rows[0]).toHaveLength(8);
  });
});

describe('neutralize', () => {
  it.each([['=1+1', "'=1+1"], ['+32 2', "'+32 2"], ['-x', "'-x"], ['@a', "'@a"], ['Dupont', 'Dupont'], ['', '']])('%s → %s', (a, b) => {
    expect(neutralize(a)).toBe(b);
  });
});
