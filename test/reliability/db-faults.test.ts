import Database from 'better-sqlite3';
import type { Sesame } from '../../src/app';
import { ChatClient, startTestSesame, tempDir, testConfig, type Reply } from '../support/harness';
import { snapshot } from '../store/fixtures';

const TO_CONFIRM = (yes: string) => ['hello', '2', '1', '85073003328', yes, 'hospisup'];
const expecting = (r: Reply) => r.channelData?.sesame?.expecting ?? null;
const ACCESS_TABLES = (s: Sesame) => {
  const { audit_log: _audit, outbox: _outbox, ...rest } = snapshot(s.store);
  return rest;
};

/**
 * The database refuses writes at the moment the manager confirms: another process holds it,
 * the disk is full, the file became read-only. The manager gets a clear answer in their language,
 * no half-written grant is left, and resending once the database is back grants exactly once.
 */
describe('database faults at the confirmation', () => {
  let tmp: ReturnType<typeof tempDir>;
  let sesame: Sesame;
  beforeEach(async () => {
    tmp = tempDir();
    sesame = await startTestSesame(testConfig(`${tmp.dir}/faults.db`));
    // The production wait (5 s) only slows the test down; what follows it is the same.
    sesame.store.db.pragma('busy_timeout = 100');
  });
  afterEach(async () => {
    await sesame.close();
    tmp.cleanup();
  });

  const atConfirm = async (locale: string, yes: string) => {
    const chat = new ChatClient(() => sesame.url, `faults-${locale}`, { locale });
    const last = await chat.walk(TO_CONFIRM(yes));
    expect(expecting(last)).toBe('confirm');
    return chat;
  };

  const thenRecovers = async (chat: ChatClient, yes: string) => {
    // The same activity redelivered once the database is back: executed now, exactly once.
    const [done] = await chat.send(yes, { id: 'the-yes' });
    expect(done!.channelData?.sesame?.done?.grants).toHaveLength(1);
    expect(sesame.store.access.listGrants()).toHaveLength(1);
    expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'grantAccess'`).get()).toEqual({ n: 1 });
  };

  it('locked by another writer: says the database is busy, in Dutch, and writes nothing', async () => {
    const chat = await atConfirm('nl-BE', 'ja');
    const before = ACCESS_TABLES(sesame);
    const other = new Database(`${tmp.dir}/faults.db`);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const [reply] = await chat.send('ja', { id: 'the-yes' });
      expect(reply!.text).toContain('De database is bezet door een andere bewerking');
      expect(reply!.text).toContain('Stuur uw laatste antwoord zo meteen opnieuw');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(ACCESS_TABLES(sesame)).toEqual(before);
    await thenRecovers(chat, 'ja');
  });

  it('read-only: says so, in German, and writes nothing', async () => {
    const chat = await atConfirm('de-DE', 'ja');
    const before = ACCESS_TABLES(sesame);
    // As root, chmod does not stop writes; query_only gives the same SQLITE_READONLY a read-only file gives.
    sesame.store.db.pragma('query_only = ON');
    const [reply] = await chat.send('ja', { id: 'the-yes' });
    sesame.store.db.pragma('query_only = OFF');
    expect(reply!.text).toContain('Die Datenbank ist schreibgeschützt');
    expect(ACCESS_TABLES(sesame)).toEqual(before);
    await thenRecovers(chat, 'ja');
  });

  it('disk full (the file may not grow): says so, in English, and leaves the whole order or none of it', async () => {
    const chat = await atConfirm('en-GB', 'yes');
    const before = ACCESS_TABLES(sesame);
    // Fill what free space the pages still have, so that the next write needs a new page.
    const filler = new Database(`${tmp.dir}/faults.db`);
    filler.exec('CREATE TABLE IF NOT EXISTS filler (x BLOB) STRICT');
    const pages = sesame.store.db.pragma('page_count', { simple: true }) as number;
    sesame.store.db.pragma(`max_page_count = ${pages}`);
    filler.pragma(`max_page_count = ${pages}`);
    // Smaller and smaller rows, so that not even the room left in a page takes the order's small rows.
    for (const size of [512, 64, 8, 0]) {
      try {
        for (;;) filler.prepare(`INSERT INTO filler VALUES (zeroblob(${size}))`).run();
      } catch (err) {
        expect((err as { code?: string }).code).toBe('SQLITE_FULL');
      }
    }
    filler.close();
    const [reply] = await chat.send('yes', { id: 'the-yes' });
    // Which write hits the limit first depends on free space: the order (one transaction), the
    // conversation's snapshot after it, or none (freed pages may still hold the order's few small rows;
    // the injected failure below is the one that always fails). Either nothing of the order is in and the manager is told why, or all of
    // it with its audit, and the reply says what was recorded.
    const after = ACCESS_TABLES(sesame);
    if (after.grants.length === 0) {
      expect(reply!.text).toMatch(/The server's disk is full|database unavailable/);
      expect(after).toEqual(before);
    } else {
      expect(reply!.text).toMatch(/The server's disk is full|database unavailable|Recorded for Dr Marie Dupont/);
      expect(after.grant_requests).toHaveLength(1);
      expect(after.grants).toHaveLength(1);
      expect(sesame.store.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'grantAccess'`).get()).toEqual({ n: 1 });
    }
    sesame.store.db.pragma('max_page_count = 1073741823');
    await thenRecovers(chat, 'yes');
  });

  it('a write failing in the middle of the grant (injected SQLITE_FULL) leaves no partial grant, in French', async () => {
    const chat = await atConfirm('fr-BE', 'oui');
    const before = ACCESS_TABLES(sesame);
    const auditBefore = snapshot(sesame.store).audit_log;
    const access = sesame.store.access as unknown as { insertGrant: { get: (...a: unknown[]) => unknown } };
    const real = access.insertGrant;
    // The request row and the membership are already written in this transaction when this throws.
    access.insertGrant = { get: () => { throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL'); } };
    const [reply] = await chat.send('oui', { id: 'the-yes' });
    access.insertGrant = real;
    expect(reply!.text).toContain("Je n'ai pas pu enregistrer (base de données indisponible) : rien n'a été enregistré");
    expect(expecting(reply!)).toBe('confirm');
    expect(ACCESS_TABLES(sesame)).toEqual(before);
    expect(snapshot(sesame.store).audit_log).toEqual(auditBefore);
    // This turn was answered and saved: a new "oui" (not a redelivery) retries the order.
    const [done] = await chat.send('oui');
    expect(done!.channelData?.sesame?.done?.grants).toHaveLength(1);
    expect(sesame.store.access.listGrants()).toHaveLength(1);
  });
});
