import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Pool, type PoolConfig } from 'pg';

/**
 * A throwaway PostgreSQL cluster (for the test suites, through test/support/postgres.ts, and for
 * `npm run bench`): `initdb` in a fresh temporary folder, the server
 * on a Unix socket in that folder only (no TCP port, nothing shared with another suite or a
 * PostgreSQL already running), stopped and removed by `stop()`. PostgreSQL refuses to run as root:
 * as root, the cluster belongs to the `postgres` system user (Debian's package creates it) and
 * its commands run through `runuser`. No jest in here: the bench compiles it.
 */

const run = promisify(execFile);
const SUPERUSER = 'sesame';
const PORT = 5432; // only names the socket file: the folder is the suite's own

/** The folder holding initdb and pg_ctl: PG_BINDIR, `pg_config --bindir`, /usr/lib/postgresql/<newest>/bin, PATH. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR);
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // pg_config comes with libpq-dev, not always with the server.
  }
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  candidates.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

export interface PostgresCluster {
  /** Settings for a pg Pool on one database of the cluster (the socket folder as host). */
  config(database?: string): PoolConfig;
  /** The same as a postgres:// URL, as DATABASE_URL takes it. */
  url(database?: string): string;
  /** A new empty database, its name returned. */
  createDatabase(): Promise<string>;
  /** Milliseconds spent in initdb and in pg_ctl start. */
  readonly timings: { initdb: number; start: number };
  stop(): Promise<void>;
}

/** How commands run: as ourselves, or, as root, as the `postgres` user. */
function owner(): { wrap: (cmd: string, args: string[]) => [string, string[]]; chown?: { uid: number; gid: number } } {
  if (process.getuid?.() !== 0) return { wrap: (cmd, args) => [cmd, args] };
  const user = process.env.PG_TEST_USER ?? 'postgres';
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error(`PostgreSQL refuses to run as root and there is no '${user}' user to run it (install Debian's postgresql package, or set PG_TEST_USER)`);
  }
  return { wrap: (cmd, args) => ['runuser', ['-u', user, '--', cmd, ...args]], chown: { uid, gid } };
}

/** `durable`: fsync and synchronous commits on, as a real server runs (the bench); the tests need neither. */
export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(NOT_FOUND);
  const { wrap, chown } = owner();
  const root = mkdtempSync(join(tmpdir(), 'sesame-pg-'));
  if (chown) chownSync(root, chown.uid, chown.gid);
  const data = join(root, 'data');
  const exec = (tool: string, args: string[]) => {
    const [cmd, argv] = wrap(join(bin, tool), args);
    return run(cmd, argv, { cwd: root, timeout: 60_000, env: { ...process.env, LC_ALL: 'C' } });
  };
  const stopSync = () => {
    const [cmd, argv] = wrap(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    spawnSync(cmd, argv, { cwd: root, stdio: 'ignore', timeout: 30_000 });
    rmSync(root, { recursive: true, force: true });
  };
  // A worker that exits without afterAll (a crash, a timeout) still stops its server; one killed
  // (SIGTERM, SIGKILL: no 'exit' event) is outlived by a watchdog shell that does the same.
  process.once('exit', stopSync);
  const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${wrap(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']).flat().map(quote).join(' ')} >/dev/null 2>&1; rm -rf ${quote(root)}`,
    ],
    { cwd: root, detached: true, stdio: 'ignore' },
  );
  watchdog.unref();
  const stopWatchdog = () => {
    if (watchdog.pid !== undefined && watchdog.exitCode === null) process.kill(watchdog.pid);
  };

  try {
    let t = Date.now();
    // -N: no fsync while creating it; C locale: lower() and sorting by bytes, as SQLite does.
    await exec('initdb', ['-D', data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8', '--locale=C', '-N']);
    const initdb = Date.now() - t;
    // A cluster that lives a few seconds: no durability, no TCP, few connections.
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        `listen_addresses = ''`,
        `unix_socket_directories = '${root}'`,
        `port = ${PORT}`,
        ...(options.durable ? [] : ['fsync = off', 'synchronous_commit = off', 'full_page_writes = off']),
        'max_connections = 40',
        'shared_buffers = 16MB',
        '',
      ].join('\n'),
    );
    t = Date.now();
    const log = join(root, 'server.log');
    await exec('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', 'start']).catch((error: Error) => {
      // The folder goes with the failure: say what the server said first.
      const said = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '(no server log)';
      throw new Error(`${error.message}\nserver log:\n${said}`, { cause: error });
    });
    const start = Date.now() - t;
    // eslint-disable-next-line no-console
    if (process.env.SESAME_FIGURES === '1') console.log(`PostgreSQL test cluster: initdb ${initdb} ms, start ${start} ms`);

    const config = (database = 'postgres'): PoolConfig => ({ host: root, port: PORT, user: SUPERUSER, database });
    let databases = 0;
    return {
      config,
      url: (database = 'postgres') => `postgresql://${SUPERUSER}@/${database}?host=${encodeURIComponent(root)}&port=${PORT}`,
      timings: { initdb, start },
      async createDatabase() {
        const name = `t${++databases}`;
        const admin = new Pool({ ...config(), max: 1 });
        try {
          await admin.query(`CREATE DATABASE ${name}`);
        } finally {
          await admin.end();
        }
        return name;
      },
      async stop() {
        process.removeListener('exit', stopSync);
        stopWatchdog();
        try {
          await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    process.removeListener('exit', stopSync);
    stopWatchdog();
    stopSync();
    throw error;
  }
}

export const NOT_FOUND =
  'PostgreSQL server binaries (initdb, pg_ctl) not found: install Debian\'s postgresql package (.ci/run does), or set PG_BINDIR';

