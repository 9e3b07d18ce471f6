#!/usr/bin/env node
/**
 * `sesame`: the administrator's command line. It sets up what the chat relies on (entities and their
 * qualités, managers and their roles, users) and lists what the chat did (grants, functions).
 *
 *   npm run sesame -- entities add --inami 710087-50 --name "Hôpitaux IRIS Sud"
 *
 * Exit codes: 0 success, 1 a value was refused (message on stderr), 2 the command line is wrong.
 */
import { loadConfig } from '../config';
import { Store } from '../store/store';
import { loadCatalog } from '../store/seed';
import { CliError, type CliIo, type Command } from './args';
import { USAGE } from './usage';
import * as entities from './entities';
import * as managers from './managers';
import * as users from './users';
import * as grants from './grants';
import * as functions from './functions';
import * as access from './access';
import * as audit from './audit';
import * as helpdesk from './helpdesk';
import * as db from './db';

export { USAGE } from './usage';
export type { CliIo } from './args';

/** Every command, by group (one file each) and verb. */
const COMMANDS: Record<string, Record<string, Command>> = {
  entities: { add: entities.entitiesAdd, vouch: entities.entitiesVouch },
  managers: { add: managers.managersAdd, designate: managers.designation('managers designate', false), remove: managers.designation('managers remove', true) },
  users: { add: users.usersAdd, list: users.usersList, find: users.usersFind, export: users.usersExport, remove: users.usersRemove, invite: users.usersInvite },
  grants: { list: grants.grantsList, bulk: grants.grantsBulk },
  functions: { list: functions.functionsList, end: functions.functionsEnd },
  access: { revoke: access.accessRevoke },
  audit: { list: audit.auditList },
  helpdesk: { diagnose: helpdesk.helpdeskDiagnose },
  db: { backup: db.backup, check: db.check },
};

/** Runs one command; returns the exit code. Never throws: every failure is a message on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [noun, verb, ...rest] = argv;
  if (noun === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (noun === 'help' || noun === '--help' || noun === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const group = COMMANDS[noun];
  const command = group && verb !== undefined && Object.hasOwn(group, verb) ? group[verb] : undefined;
  if (!command) {
    const what = group ? `${noun} ${verb ?? ''}`.trim() : noun;
    io.stderr(`sesame: unknown command "${what}"\n\n${USAGE}`);
    return 2;
  }

  let store: Store | undefined;
  const open = (): Store => {
    if (!store) {
      const config = loadConfig(io.env);
      store = Store.open(config.dbFile, { activationDelayMs: config.activationDelayMs });
      loadCatalog(store);
    }
    return store;
  };
  try {
    await command(rest, open, io);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr(`sesame: ${err.message}\n${err.exitCode === 2 ? `Run "sesame help" for the usage.\n` : ''}`);
      return err.exitCode;
    }
    io.stderr(`sesame: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  } finally {
    store?.close();
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
