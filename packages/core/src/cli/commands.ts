import type { ParseArgsConfig } from 'node:util';
import type { CommandIo } from './cli-io.js';
import { economiesCommand } from './economies-command.js';
import { fetchCommand } from './fetch-command.js';
import { importCommand } from './import-command.js';
import { reconcileCommand } from './reconcile-command.js';
import { reportCommand } from './report-command.js';
import { validateCommand } from './validate-command.js';

/** What a command receives after its options are parsed. */
export interface CommandInput {
  readonly values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  readonly positionals: readonly string[];
}

/** One subcommand of `bilateral`. */
export interface Command {
  readonly usage: string;
  readonly summary: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  readonly optionsHelp: string;
  readonly run: (input: CommandInput, io: CommandIo) => Promise<number>;
}

/** The subcommands, by name (a map: a name such as `constructor` is not a command). */
export const commands: ReadonlyMap<string, Command> = new Map([
  ['validate', validateCommand],
  ['report', reportCommand],
  ['reconcile', reconcileCommand],
  ['import', importCommand],
  ['fetch', fetchCommand],
  ['economies', economiesCommand],
]);
