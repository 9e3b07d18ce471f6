import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import type { Sesame } from '../../src/app';
import { FakeConnector, startTestSesame, tempDir, testConfig } from '../support/harness';
import { escapeMarkdown } from '../../src/i18n/markdown';
import { addPopulation } from '../support/population';

/**
 * People management in Teams: an export is offered with a file-consent card, Teams' invoke says
 * accept or decline, the file goes to the upload URL Teams gives (here a small server on
 * 127.0.0.1 standing in for OneDrive); and a long bulk grant tells how far it got.
 */
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BOT = { id: '28:11111111-2222-3333-4444-555555555555', name: 'Sésame' };
const SOPHIE_AAD = '6E7C5A0B-3F2D-4B8E-9C1A-0D2E4F6A8B9C';
const SOPHIE = { id: '29:1sophieTeamsId', name: 'Sophie Lambert', aadObjectId: SOPHIE_AAD };
const HELPDESK = { id: '29:1helpdeskTeamsId', name: 'Helpdesk Sésame', aadObjectId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0' };
const PERSONAL = 'a:1personalChatOfSophie';
const CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
const INFO = 'application/vnd.microsoft.teams.card.file.info';

let seq = 0;
const base = (from: object, locale: string) => ({
  id: `17123456${String(++seq).padStart(5, '0')}`,
  timestamp: new Date().toISOString(),
  channelId: 'msteams',
  from,
  conversation: { id: PERSONAL, conversationType: 'personal', tenantId: TENANT },
  recipient: BOT,
  locale,
  entities: [{ type: 'clientInfo', locale, country: 'BE', platform: 'Web' }],
  channelData: { tenant: { id: TENANT } },
});
const message = (text: string, from: object = SOPHIE, locale = 'fr-BE') => ({ ...base(from, locale), type: 'message', text, textFormat: 'plain' });
const consent = (value: unknown, from: object = SOPHIE, locale = 'fr-BE') => ({ ...base(from, locale), type: 'invoke', name: 'fileConsent/invoke', value });

/** Stands in for OneDrive's upload session: records each PUT. */
class UploadTarget {
  readonly puts: { headers: IncomingHttpHeaders; body: Buffer }[] = [];
  status = 201;
  private server: Server | undefined;
  url = '';
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.method === 'PUT') this.puts.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(this.status, { 'content-type': 'application/json' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('people management in Teams, over HTTP', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  let connector: FakeConnector;
  let upload: UploadTarget;

  beforeEach(async () => {
    tmp = tempDir();
    connector = new FakeConnector();
    upload = new UploadTarget();
    await Promise.all([connector.start(), upload.start()]);
    sesame = await startTestSesame(testConfig(`${tmp.dir}/sesame.db`));
    sesame.store.people.addManager({ channelUserId: 'demo-manager', aadObjectId: SOPHIE_AAD.toLowerCase(), name: 'Sophie Lambert' });
    sesame.store.people.addManager({ channelUserId: 'demo-helpdesk', aadObjectId: HELPDESK.aadObjectId, name: 'Helpdesk Sésame' });
  });
  afterEach(async () => {
    await sesame?.close();
    await Promise.all([connector.stop(), upload.stop()]);
    tmp.cleanup();
  });

  const post = async (activity: Record<string, unknown>) => {
    const res = await fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, serviceUrl: connector.url }),
    });
    await res.arrayBuffer();
    return res.status;
  };
  type Sent = { text: string; attachments?: { contentType: string; name?: string; contentUrl?: string; content?: Record<string, unknown> }[] };
  const messages = () => connector.received.filter((r) => r.activity.type === 'message').map((r) => r.activity as unknown as Sent);
  const uploadInfo = (name: string) => ({
    uploadUrl: `${upload.url}/upload/session-1`,
    contentUrl: 'https://contoso-my.sharepoint.com/personal/sophie/Documents/Applications/Sésame/' + name,
    name,
    uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C',
    fileType: name.split('.').pop(),
  });

  /** Asks for an export and returns the consent card Teams would show. */
  async function offer(text: string, from: object = SOPHIE, locale = 'fr-BE') {
    expect(await post(message(text, from, locale))).toBe(200);
    const sent = messages().at(-1)!;
    const card = sent.attachments?.find((a) => a.contentType === CONSENT);
    expect(card).toBeDefined();
    return { sent, card: card! as unknown as { name: string; content: { description: string; sizeInBytes: number; acceptContext: unknown; declineContext: unknown } } };
  }

  it('offers the Excel export with a consent card; on accept, uploads the bytes and shows the file card', async () => {
    const { sent, card } = await offer('exporte les utilisateurs de IRIS Sud en Excel');
    expect(sent.text).toMatch(/Voici l'export de 3 utilisateurs : utilisateurs-\d{4}-\d{2}-\d{2}\\\.xlsx\./); // the file name as Markdown: an escaped dot is no link
    expect(sent.text).toContain('acceptez-le pour qu\'il soit enregistré dans votre OneDrive');
    expect(sent.attachments!.some((a) => (a.contentUrl ?? '').startsWith('data:'))).toBe(false);
    expect(card.name).toMatch(/^utilisateurs-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(card.content.description).toBe('Export Sésame de 3 utilisateurs');
    expect(card.content.sizeInBytes).toBeGreaterThan(1000);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM pending_files`).get()).toEqual({ n: 1 });

    const before = messages().length;
    const status = await post(consent({ type: 'fileUpload', action: 'accept', context: card.content.acceptContext, uploadInfo: uploadInfo(card.name) }));
    expect(status).toBe(200);

    expect(upload.puts).toHaveLength(1);
    const put = upload.puts[0]!;
    const n = card.content.sizeInBytes;
    expect(put.body.length).toBe(n);
    expect(put.headers['content-length']).toBe(String(n));
    expect(put.headers['content-range']).toBe(`bytes 0-${n - 1}/${n}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(put.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Nom', 'Prénom', 'NISS']));
    expect([2, 3, 4].map((r) => (sheet.getRow(r).values as string[]).join('|')).join('\n')).toContain('Dupont|Marie|Dr|mdupont');

    const [info] = messages().slice(before);
    expect(info!.text).toBe(`Le fichier ${escapeMarkdown(card.name)} est enregistré dans votre OneDrive.`);
    expect(info!.attachments).toEqual([
      { contentType: INFO, contentUrl: uploadInfo(card.name).contentUrl, name: card.name, content: { uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C', fileType: 'xlsx' } },
    ]);
    // Single use: the bytes are gone, and a second click is told so without uploading again.
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM pending_files`).get()).toEqual({ n: 0 });
    expect(await post(consent({ type: 'fileUpload', action: 'accept', context: card.content.acceptContext, uploadInfo: uploadInfo(card.name) }))).toBe(200);
    expect(upload.puts).toHaveLength(1);
    expect(messages().at(-1)!.text).toBe('Cette proposition de fichier a expiré ou a déjà reçu une réponse. Demandez un nouvel export.');
  });

  it('the helpdesk\'s CSV goes up without a NISS column (en)', async () => {
    const { card } = await offer('export the users of IRIS to CSV', HELPDESK, 'en-GB');
    expect(card.content.description).toBe('Sésame export of 3 users');
    expect(await post(consent({ type: 'fileUpload', action: 'accept', context: card.content.acceptContext, uploadInfo: uploadInfo(card.name) }, HELPDESK, 'en-GB'))).toBe(200);
    const csv = upload.puts[0]!.body.toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFLast name;First name;Title;Username;Type;Account status;E-mail address;Language;Capacity (qualité);Secured application;' +
        'Access status;Requested on;Active since;Pending until;Function;Function start;Function end',
    );
    expect(csv).toContain('Dupont;Marie;Dr;mdupont');
    expect(csv).not.toMatch(/\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}/);
    expect(messages().at(-1)!.attachments![0]!.contentType).toBe(INFO);
  });

  it('nl: a declined file is not uploaded, and the answer is polite', async () => {
    const { card } = await offer('exporteer de gebruikers van IRIS Sud naar Excel', SOPHIE, 'nl-BE');
    expect(await post(consent({ type: 'fileUpload', action: 'decline', context: card.content.declineContext }, SOPHIE, 'nl-BE'))).toBe(200);
    expect(upload.puts).toEqual([]);
    expect(messages().at(-1)!.text).toBe(`Goed, ik verstuur ${escapeMarkdown(card.name)} niet. Vraag een nieuwe export wanneer u wilt.`);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM pending_files`).get()).toEqual({ n: 0 });
  });

  it('an unknown or expired offer, someone else\'s file, a failed upload and a malformed invoke', async () => {
    const stale = { sesameFile: '0'.repeat(32) };
    expect(await post(consent({ type: 'fileUpload', action: 'accept', context: stale, uploadInfo: uploadInfo('x.xlsx') }, SOPHIE, 'de-BE'))).toBe(200);
    expect(messages().at(-1)!.text).toBe('Dieses Dateiangebot ist abgelaufen oder wurde schon beantwortet. Fordern Sie einen neuen Export an.');

    const { card } = await offer('exporte les utilisateurs de IRIS Sud en CSV');
    // The helpdesk clicking Sophie's card (a forwarded context) gets nothing, and the offer stays hers.
    expect(await post(consent({ type: 'fileUpload', action: 'accept', context: card.content.acceptContext, uploadInfo: uploadInfo(card.name) }, HELPDESK, 'en-GB'))).toBe(200);
    expect(messages().at(-1)!.text).toBe('This file was prepared for someone else: I cannot send it to you.');
    expect(upload.puts).toEqual([]);

    // OneDrive refusing the upload: said plainly, still 200 for Teams.
    upload.status = 500;
    expect(await post(consent({ type: 'fileUpload', action: 'accept', context: card.content.acceptContext, uploadInfo: uploadInfo(card.name) }))).toBe(200);
    expect(upload.puts).toHaveLength(1);
    expect(messages().at(-1)!.text).toBe("Je n'ai pas pu enregistrer le fichier dans votre OneDrive. Réessayez en demandant un nouvel export.");

    // Expired: an hour later the offer is gone.
    const { card: later } = await offer('exporte les utilisateurs de IRIS Sud en CSV');
    sesame.store.db.prepare(`UPDATE pending_files SET expires_at = 0`).run();
    expect(await post(consent({ type: 'fileUpload', action: 'decline', context: later.content.declineContext }))).toBe(200);
    expect(messages().at(-1)!.text).toMatch(/^Cette proposition de fichier a expiré/);

    const sentBefore = connector.received.length;
    for (const value of [
      undefined,
      'accept',
      { type: 'fileUpload', action: 'accept', context: later.content.acceptContext }, // no uploadInfo
      { type: 'fileUpload', action: 'maybe', context: later.content.acceptContext },
      { type: 'fileUpload', action: 'accept', context: { sesameFile: "'; DROP TABLE pending_files; --" }, uploadInfo: uploadInfo('a.csv') },
      { type: 'fileUpload', action: 'accept', context: later.content.acceptContext, uploadInfo: { ...uploadInfo('a.csv'), uploadUrl: 'http://169.254.169.254/latest' } },
    ]) {
      expect(await post(consent(value))).toBe(400);
    }
    expect(connector.received.length).toBe(sentBefore);
    // Other invokes are still not ours.
    expect(await post({ ...consent({}), name: 'composeExtension/query' })).toBe(501);
  });

  it('Web Chat keeps the data: URL attachment (no consent card outside Teams)', async () => {
    const res = await fetch(`${sesame.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message('exporte les utilisateurs de IRIS Sud en CSV'), channelId: 'webchat', deliveryMode: 'expectReplies', from: { id: 'demo-manager' }, serviceUrl: 'http://127.0.0.1:9' }),
    });
    const body = (await res.json()) as { activities: Sent[] };
    expect(body.activities.at(-1)!.attachments![0]!.contentUrl).toMatch(/^data:text\/csv;base64,/);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM pending_files`).get()).toEqual({ n: 0 });
  });

  it('a bulk grant of 25 people tells how far it got while it runs, then sums up, each grant once', async () => {
    const nissList = addPopulation(sesame.store, 25);
    expect(await post(message(`donne HospiSup à ${nissList.join(', ')} à IRIS Sud, qualité hôpital`))).toBe(200);
    expect(messages().at(-1)!.text).toContain('25 personnes recevront HospiSup');
    const before = messages().length;
    expect(await post(message('oui'))).toBe(200);
    const texts = messages().slice(before).map((m) => m.text);
    expect(texts.slice(0, 2)).toEqual(['En cours : 10 sur 25…', 'En cours : 20 sur 25…']);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toContain('Terminé : 25 personnes traitées.');
    expect(texts[2]).toContain('Test Charge0 (');
    const grants = sesame.store.access.listGrants().filter((g) => g.application === 'HOSPISUP');
    expect(grants).toHaveLength(25);
    expect(new Set(grants.map((g) => g.niss)).size).toBe(25);
  });
});
