/** @module The --help texts. */
import type { Command } from './command';

const TARGET_OPTIONS = [
  'Database (every command):',
  '  --local              the local development database (default)',
  '  --persist-to <dir>   a local database kept in <dir> instead of .wrangler/state',
  '  --remote             the deployed database (needs `npx wrangler login`)',
];

/** The overview, or the commands of one group. */
export function listHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: npm run admin -- <command> [arguments] [--local | --persist-to <dir> | --remote]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    ...TARGET_OPTIONS,
    '',
    'npm run admin -- <command> --help shows the arguments of one command.',
    'Exit codes: 0 done, 1 the database refused or nothing matched, 2 wrong arguments.',
  ].join('\n');
}

/** Help for one command. */
export function commandHelp(command: Command): string {
  return [
    `Usage: npm run admin -- ${command.name} ${command.usage}`.trimEnd(),
    '',
    command.summary.charAt(0).toUpperCase() + command.summary.slice(1) + '.',
    ...(command.options ? ['', 'Options:', ...command.options.map((option) => `  ${option}`)] : []),
    '',
    ...TARGET_OPTIONS,
  ].join('\n');
}
