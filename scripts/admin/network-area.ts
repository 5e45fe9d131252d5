/** @module `network area add|remove`: the postcode ranges (PC4, inclusive) a network serves. */
import { z } from 'zod';
import { type Command, firstRow } from './command';
import { pc4Range, slug } from './fields';
import { validateInput } from './input';
import { sql } from './sql';

const areaInput = z.strictObject({ networkId: slug, range: pc4Range });

export const networkAreaCommands: readonly Command[] = [
  {
    name: 'network area add',
    summary: 'let a network serve a postcode range, e.g. 2500-2599',
    usage: '<networkId> <from>-<to>',
    plan: (positionals, flags) => {
      const { networkId, range } = validateInput(areaInput, ['networkId', 'range'], positionals, flags);
      return {
        statements: [
          sql`INSERT INTO network_areas (network_id, pc4_from, pc4_to)
              SELECT ${networkId}, ${range.from}, ${range.to} WHERE EXISTS (SELECT 1 FROM networks WHERE id = ${networkId})
              RETURNING network_id`,
        ],
        report: (results) =>
          firstRow(results, 0) === undefined
            ? { ok: false, text: `No network has the id ${networkId}; see: network list` }
            : { ok: true, text: `Network ${networkId} now serves ${range.from}-${range.to}.` },
      };
    },
  },
  {
    name: 'network area remove',
    summary: 'stop a network serving a postcode range (exactly as it was added)',
    usage: '<networkId> <from>-<to>',
    plan: (positionals, flags) => {
      const { networkId, range } = validateInput(areaInput, ['networkId', 'range'], positionals, flags);
      return {
        statements: [
          sql`DELETE FROM network_areas WHERE network_id = ${networkId} AND pc4_from = ${range.from} AND pc4_to = ${range.to} RETURNING network_id`,
        ],
        report: (results) =>
          firstRow(results, 0) === undefined
            ? { ok: false, text: `Network ${networkId} has no area ${range.from}-${range.to}; see: network show ${networkId}` }
            : { ok: true, text: `Area ${range.from}-${range.to} removed from ${networkId}.` },
      };
    },
  },
];
