/** One audit writer: one statement inserts into audit_log, and only the services' writer uses it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { servicesOf } from '../../src/services';
import { demoStore, NOW } from '../store/fixtures';

const root = join(__dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}
const files = [...sources(join(root, 'src')), ...sources(join(root, 'dialogs'))].map((f) => ({ path: relative(root, f), text: readFileSync(f, 'utf8') }));

describe('the audit log is written in one place', () => {
  it('has one INSERT INTO audit_log, in the audit repository', () => {
    expect(files.filter((f) => /INSERT\s+INTO\s+audit_log/i.test(f.text)).map((f) => f.path)).toEqual(['src/store/audit.repo.ts']);
  });

  it('is written by src/services/audit.ts only, for commands, refusals and the system work (activation, revocations, links) alike', () => {
    const writers = files.filter((f) => /\baudit\s*\.\s*append\s*\(/.test(f.text)).map((f) => f.path).sort();
    expect(writers).toEqual(['src/services/audit.ts']);
  });

  it('is out of reach of the other repositories: none writes it, imports or is lent the audit repository', () => {
    const repos = files.filter((f) => /^src\/store\/.*\.repo\.ts$/.test(f.path) && f.path !== 'src/store/audit.repo.ts');
    expect(repos.length).toBeGreaterThan(10);
    // Reading it (the refusal counts of /metrics) is a row read like any other.
    expect(repos.filter((f) => /\bAuditRepo\b|audit\.repo|(INSERT\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+audit_log\b/i.test(f.text)).map((f) => f.path)).toEqual([]);
    // The store builds it; the one writer uses it; nothing else names it.
    expect(files.filter((f) => /\bAuditRepo\b/.test(f.text)).map((f) => f.path).sort()).toEqual(['src/store/audit.repo.ts', 'src/store/store.ts']);
  });

  it('no longer has a refusal writer of its own, or a repository method that authorizes', () => {
    expect(files.some((f) => f.path === 'src/store/refusals.repo.ts')).toBe(false);
    const store = files.filter((f) => f.path.startsWith('src/store/'));
    expect(store.filter((f) => /\bmay\(|ForbiddenError/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('writes a refusal decided outside a command (a channel, a dialog) as the commands do', () => {
    const store = demoStore();
    try {
      servicesOf(store).audit.refused({ at: NOW, managerId: null, action: 'webChat', details: { request: 'generate', channelUserId: 'stranger' } });
      expect(store.audit.list({ outcome: 'refused' })).toEqual([
        expect.objectContaining({ action: 'webChat', outcome: 'refused', by: 'stranger', entity: null, details: { request: 'generate', channelUserId: 'stranger' } }),
      ]);
    } finally {
      store.close();
    }
  });
});
