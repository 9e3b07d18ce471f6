/** One audit writer: one statement inserts into audit_log, and only the services' writer uses it for commands. */
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

  it('is written for commands and refusals by src/services/audit.ts only; in the store only by the system work of activation, revocations and links', () => {
    const writers = files.filter((f) => /\baudit\.append\(/.test(f.text)).map((f) => f.path).sort();
    expect(writers).toEqual(['src/services/audit.ts', 'src/store/access.repo.ts', 'src/store/invitations.repo.ts', 'src/store/revocation.repo.ts']);
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
