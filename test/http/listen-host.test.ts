import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { exposure } from '../../src/http/exposure';
import { startSesame } from '../../src/app';
import { createLogger } from '../../src/logger';
import { tempDir, testConfig } from '../support/harness';

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** Issue 13, item 6: without authentication, this machine only, unless HOST says otherwise (and the log says what that exposes). */
describe('the address Sésame listens on', () => {
  it('is 127.0.0.1 in local mode and 0.0.0.0 in authenticated mode when HOST is unset (or empty)', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' }).host).toBe('0.0.0.0');
  });

  it('is HOST when set, in either mode', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '10.1.2.3', MicrosoftAppId: APP_ID }).host).toBe('10.1.2.3');
    expect(loadConfig({ HOST: '127.0.0.1', MicrosoftAppId: APP_ID }).host).toBe('127.0.0.1');
  });

  it('is said at start-up: a warning when local mode is reachable from elsewhere', () => {
    const local = { bot: { appId: '', appPassword: '', appType: '', tenantId: '' } };
    expect(exposure({ ...local, host: '0.0.0.0' })).toEqual({
      level: 'warn',
      message: 'local mode without authentication listening on 0.0.0.0: anyone who reaches this port can act as any manager (set MicrosoftAppId, or leave HOST unset to listen on 127.0.0.1)',
    });
    expect(exposure({ ...local, host: '192.168.1.20' }).level).toBe('warn');
    expect(exposure({ ...local, host: '::' }).level).toBe('warn');
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) expect(exposure({ ...local, host })).toMatchObject({ level: 'info', message: expect.stringContaining('this machine only') });
    expect(exposure({ bot: { ...local.bot, appId: APP_ID }, host: '0.0.0.0' })).toEqual({
      level: 'info',
      message: 'authenticated mode listening on 0.0.0.0: /api/messages requires a Bot Framework token',
    });
  });

  it('logs that line once when the server starts', async () => {
    const lines: { level: number; msg: string; host?: string }[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => { lines.push(JSON.parse(String(chunk))); done(); } });
    const tmp = tempDir();
    const sesame = await startSesame(testConfig(`${tmp.dir}/sesame.db`), createLogger('info', sink));
    try {
      const said = lines.filter((l) => /listening on 127\.0\.0\.1/.test(l.msg));
      expect(said).toEqual([expect.objectContaining({ level: 30, host: '127.0.0.1', msg: 'local mode without authentication listening on 127.0.0.1: reachable from this machine only' })]);
    } finally {
      await sesame.close();
      tmp.cleanup();
    }
  });
});
