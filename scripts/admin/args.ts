/** @module Reading the command line: the command words, positional arguments and `--flags`. */

/** Wrong use of the tool: exit code 2, with the message and a pointer to --help. */
export class UsageError extends Error {}

/** Flags that take no value. Every other flag needs one (`--name value` or `--name=value`). */
const SWITCHES = new Set(['admin', 'remote', 'local', 'help', 'cut-over']);

export interface ParsedArgs {
  readonly words: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/** Splits argv into words (command words and positionals, in order) and flags. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const words: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h') {
      flags.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const [name = '', inline] = splitOnce(arg.slice(2), '=');
    if (!/^[a-z][a-z-]*$/.test(name)) throw new UsageError(`Not a flag: ${arg}`);
    if (name in flags) throw new UsageError(`--${name} is given twice.`);
    if (SWITCHES.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value.`);
      flags[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value.`);
    if (inline === undefined) i++;
    flags[name] = value;
  }
  return { words, flags };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** `area-description` → `areaDescription`, the key a schema uses. */
export const camelCase = (flag: string) => flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** `areaDescription` → `--area-description`, for messages. */
export const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
