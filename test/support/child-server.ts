import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../src/paths';
import { captureFile } from './privacy/capture';

/**
 * The real server as a separate process (node + a transpile-only hook on the sources, so no build
 * is needed), for tests that kill it: `kill -9` leaves the database as a power cut would.
 */
export class ChildServer {
  private child: ChildProcess | undefined;
  url = '';
  starts = 0;
  /** Every line the processes wrote on stdout (pino's JSON lines). */
  readonly log: string[] = [];

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<string> {
    const child = spawn(process.execPath, ['-r', join(projectRoot, 'test/support/ts-register.js'), join(projectRoot, 'src/index.ts')], {
      cwd: projectRoot,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', SESAME_DEMO: '1', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.starts += 1;
    const file = captureFile(`child-${this.starts}`);
    const capture = file ? createWriteStream(file, { flags: 'a' }) : undefined;
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += String(c)));
    const lines = createInterface({ input: child.stdout! });
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 30_000);
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${stderr}`)));
      lines.on('line', (line) => {
        capture?.write(`${line}\n`);
        this.log.push(line);
        try {
          const entry = JSON.parse(line) as { port?: number; msg?: string };
          if (entry.port && entry.msg?.startsWith('Sésame listening')) {
            clearTimeout(timer);
            resolve(`http://127.0.0.1:${entry.port}`);
          }
        } catch {
          // Not a log line: keep reading.
        }
      });
    });
    child.once('exit', () => capture?.end());
    return this.url;
  }

  /** SIGKILL: no shutdown handler runs, nothing is flushed but what SQLite already made durable. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** A polite stop (SIGTERM), as `npm start` receives it; resolves with how the process ended. */
  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return { code: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    return new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.kill('SIGTERM');
    });
  }
}
