/** @module The admin tool's flow: read the arguments, plan the SQL, run it, report. */
import { UsageError, parseArgs } from './args';
import type { Command, CommandContext } from './command';
import { COMMANDS, commandsUnder, findCommand } from './commands';
import { DatabaseError, type StatementResults, type Target } from './d1';
import { commandHelp, listHelp } from './help';
import { SecretStoreError } from './secrets';

export interface AdminIo extends CommandContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly run: (target: Target, statements: readonly string[]) => StatementResults;
  /** Stores a Worker secret where the target's worker reads it (secrets.ts); throws SecretStoreError. */
  readonly putSecret: (target: Target, name: string, value: string) => void;
}

/** Picks the database from --local / --persist-to / --remote, and takes those flags out. */
function takeTarget(flags: Record<string, string | true>): Target {
  const { remote, local, 'persist-to': persistTo } = flags;
  delete flags.remote;
  delete flags.local;
  delete flags['persist-to'];
  if (remote && (local || persistTo !== undefined)) throw new UsageError('--remote cannot be combined with --local or --persist-to.');
  return { remote: remote === true, ...(typeof persistTo === 'string' ? { persistTo } : {}) };
}

/** Help on a group (`network area`) or everything, when the words name no one command. */
function groupHelp(words: readonly string[]): string {
  const under = commandsUnder(words);
  return listHelp(words.length > 0 && under.length > 0 ? under : COMMANDS);
}

function runCommand(command: Command, rest: readonly string[], flags: Record<string, string | true>, io: AdminIo): number {
  try {
    const target = takeTarget(flags);
    const plan = command.plan(rest, flags, io);
    const refusal = plan.check === undefined ? null : plan.check.refuse(io.run(target, plan.check.statements));
    if (refusal !== null) {
      io.err(refusal.text);
      return 1;
    }
    if (plan.secret !== undefined) io.putSecret(target, plan.secret.name, plan.secret.value);
    const outcome = plan.report(io.run(target, plan.statements));
    (outcome.ok ? io.out : io.err)(outcome.text);
    return outcome.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nSee: npm run admin -- ${command.name} --help`);
      return 2;
    }
    if (error instanceof DatabaseError) {
      io.err(`The database refused: ${error.message}`);
      return 1;
    }
    if (error instanceof SecretStoreError) {
      io.err(`Storing the secret failed, so nothing was changed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** Runs one invocation and returns its exit code: 0 done, 1 failed, 2 wrong use. */
export function runAdmin(argv: readonly string[], io: AdminIo): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\nSee: npm run admin -- --help`);
    return 2;
  }
  const { words, flags } = parsed;
  const found = findCommand(words);
  if (flags.help) {
    io.out(found === null ? groupHelp(words) : commandHelp(found.command));
    return 0;
  }
  if (found === null) {
    io.err(`${words.length === 0 ? 'Which command?' : `Unknown command: ${words.join(' ')}`}\n\n${groupHelp(words)}`);
    return 2;
  }
  return runCommand(found.command, found.rest, { ...flags }, io);
}
