/**
 * @module `network channel pause|resume`: stop and restart deliveries on one channel without
 * forgetting it (network_channels.active). A network with no active channel keeps its referrals
 * waiting in retry, and gets them once a channel is resumed, within the retry window.
 */
import { channelOf, channelOfNetwork } from './channel-target';
import { type Command, firstRow } from './command';
import { validateInput } from './input';
import { sql } from './sql';

const switchCommand = (active: 0 | 1): Command => ({
  name: `network channel ${active === 1 ? 'resume' : 'pause'}`,
  summary: active === 1 ? 'deliver on a paused channel again' : 'stop delivering on a channel for now, keeping it',
  usage: '<networkId> --webhook <target>  |  <networkId> --email <address>',
  plan: (positionals, flags) => {
    const input = validateInput(channelOfNetwork, ['networkId'], positionals, flags);
    const { kind, target } = channelOf(input);
    return {
      statements: [
        sql`UPDATE network_channels SET active = ${active} WHERE network_id = ${input.networkId} AND kind = ${kind} AND target = ${target} RETURNING id`,
      ],
      report: (results) =>
        firstRow(results, 0) === undefined
          ? { ok: false, text: `Network ${input.networkId} has no ${kind} channel ${target}; see: network show ${input.networkId}` }
          : {
              ok: true,
              text: active === 1
                ? `Channel resumed: ${input.networkId} receives referrals by ${kind} at ${target} again.`
                : `Channel paused: nothing goes to ${target} until: network channel resume ${input.networkId} --${kind} ${target}`,
            },
    };
  },
});

export const channelPauseCommands: readonly Command[] = [switchCommand(0), switchCommand(1)];
