/** @module Every admin command, and finding the one the command words name. */
import type { Command } from './command';
import { networkCommands } from './network';
import { networkAreaCommands } from './network-area';
import { networkChannelCommands } from './network-channel';
import { networkChannelSigningCommands } from './network-channel-signing';
import { partnerCommands } from './partner';
import { tokenCommands } from './token';

export const COMMANDS: readonly Command[] = [
  ...tokenCommands,
  ...networkCommands,
  ...networkAreaCommands,
  ...networkChannelCommands,
  ...networkChannelSigningCommands,
  ...partnerCommands,
];

/** The command whose name is the longest prefix of `words`, and the words after it. */
export function findCommand(words: readonly string[]): { command: Command; rest: readonly string[] } | null {
  let found: { command: Command; rest: readonly string[] } | null = null;
  for (const command of COMMANDS) {
    const name = command.name.split(' ');
    const matches = name.every((word, i) => words[i] === word);
    if (matches && (found === null || name.length > found.command.name.split(' ').length)) {
      found = { command, rest: words.slice(name.length) };
    }
  }
  return found;
}

/** The commands under a group (`network`, `network area`), for help on a partial command. */
export const commandsUnder = (words: readonly string[]): Command[] =>
  COMMANDS.filter((command) => words.every((word, i) => command.name.split(' ')[i] === word));
