/** The command line's shared grammar: options parsed strictly, refusals with their exit codes, tables. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Store } from '../store/store';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
}

/** One command: its arguments, the store opened on first use (a usage error opens nothing), and the terminal. */
export type Command = (args: string[], open: () => Store, io: CliIo) => void | Promise<void>;

/** A refusal the user can act on: printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'CliError';
  }
}
export const usageError = (message: string) => new CliError(message, 2);
/** A value refused (exit code 1). */
export const refused = (message: string) => new CliError(message);

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function parse(command: string, args: string[], options: Options): Values {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    if (positionals.length > 0) throw usageError(`${command}: unexpected argument "${positionals[0]}"`);
    return values as Values;
  } catch (err) {
    if (err instanceof CliError) throw err;
    // parseArgs' own messages name the option ("Unknown option '--foo'", "Option '--name <value>' argument missing").
    throw usageError(`${command}: ${(err as Error).message.split('\n')[0]}`);
  }
}

export function optional(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function required(command: string, values: Values, name: string): string {
  const v = optional(values, name);
  if (v === undefined || v.trim() === '') throw usageError(`${command}: --${name} is required`);
  return v.trim();
}

export function oneOf<T extends string>(command: string, name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw usageError(`${command}: --${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}


export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export function lister<T>(cmd: string, load: (store: Store) => T[], headers: string[], row: (item: T) => string[], empty: string): Command {
  return (args, open, io) => {
    const v = parse(cmd, args, { json: { type: 'boolean' } });
    const items = load(open());
    if (v.json === true) io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    else if (items.length === 0) io.stdout(`${empty}\n`);
    else io.stdout(table(headers, items.map(row)));
  };
}
