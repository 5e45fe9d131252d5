/**
 * @module `partner list|add|update|remove`: the sites that embed the widget, the origins they may
 * embed and post from (worker/http/partner-origin.ts), and the network they point to first.
 */
import { z } from 'zod';
import { type Command, firstRow, table } from './command';
import { clearable, line, origins, slug, yesNo } from './fields';
import { validateInput } from './input';
import { sql } from './sql';

const OPTIONS = [
  '--name <text>               the partner\'s name',
  '--origins <list>            comma-separated origins, e.g. https://www.example.nl,https://example.nl',
  '--default-network <id>      the network its visitors are pointed to first ("" clears it)',
  '--turnstile yes|no          the Turnstile bot check on its referrals too (unregistered sites always get it)',
];

const NOT_FOUND = (id: string) => ({ ok: false, text: `No partner has the id ${id}; see: partner list` });

/** The network a partner points to must exist; checked in the same statement, reported as not found. */
const networkExists = (networkId: string | null | undefined) =>
  networkId ? sql`EXISTS (SELECT 1 FROM networks WHERE id = ${networkId})` : '1';

export const partnerCommands: readonly Command[] = [
  {
    name: 'partner list',
    summary: 'list the partners and their origins',
    usage: '',
    plan: (positionals, flags) => {
      validateInput(z.strictObject({}), [], positionals, flags);
      return {
        statements: ['SELECT id, name, allowed_origins AS origins, default_network_id AS default_network, turnstile FROM partners ORDER BY id'],
        report: (results) => ({ ok: true, text: table(results[0] ?? [], ['id', 'name', 'origins', 'default_network', 'turnstile']) }),
      };
    },
  },
  {
    name: 'partner add',
    summary: 'register a site that embeds the widget',
    usage: '<partnerId> --name <text> --origins <list> [--default-network <networkId>]',
    options: OPTIONS,
    plan: (positionals, flags) => {
      const input = validateInput(
        z.strictObject({ id: slug, name: line(200), origins, defaultNetwork: slug.optional() }),
        ['id'], positionals, flags,
      );
      const network = input.defaultNetwork ?? null;
      return {
        statements: [
          sql`INSERT INTO partners (id, name, allowed_origins, default_network_id)
              SELECT ${input.id}, ${input.name}, ${JSON.stringify(input.origins)}, ${network} WHERE ` + networkExists(network) + ' RETURNING id',
        ],
        report: (results) =>
          firstRow(results, 0) === undefined
            ? { ok: false, text: `No network has the id ${network}; see: network list` }
            : { ok: true, text: `Partner ${input.id} added: ${input.origins.join(', ') || '(no origins yet)'}` },
      };
    },
  },
  {
    name: 'partner update',
    summary: 'change a partner; --origins replaces the whole list',
    usage: '<partnerId> [--name <text>] [--origins <list>] [--default-network <networkId>|""] [--turnstile yes|no]',
    options: OPTIONS,
    plan: (positionals, flags) => {
      const input = validateInput(
        z
          .strictObject({
            id: slug, name: line(200).optional(), origins: origins.optional(), defaultNetwork: clearable(slug).optional(), turnstile: yesNo.optional(),
          })
          .refine((given) => Object.keys(given).length > 1, 'give at least one option to change'),
        ['id'], positionals, flags,
      );
      const set = [
        ...(input.name === undefined ? [] : [sql`name = ${input.name}`]),
        ...(input.origins === undefined ? [] : [sql`allowed_origins = ${JSON.stringify(input.origins)}`]),
        ...(input.defaultNetwork === undefined ? [] : [sql`default_network_id = ${input.defaultNetwork}`]),
        ...(input.turnstile === undefined ? [] : [sql`turnstile = ${input.turnstile}`]),
      ];
      return {
        statements: [`UPDATE partners SET ${set.join(', ')}` + sql` WHERE id = ${input.id} AND ` + networkExists(input.defaultNetwork) + ' RETURNING id'],
        report: (results) =>
          firstRow(results, 0) !== undefined
            ? { ok: true, text: `Partner ${input.id} updated.` }
            : { ok: false, text: `No partner ${input.id}${input.defaultNetwork ? `, or no network ${input.defaultNetwork}` : ''}; see: partner list, network list` },
      };
    },
  },
  {
    name: 'partner remove',
    summary: 'remove a partner; its widget stops working on its sites',
    usage: '<partnerId>',
    plan: (positionals, flags) => {
      const { id } = validateInput(z.strictObject({ id: slug }), ['id'], positionals, flags);
      return {
        statements: [sql`DELETE FROM partners WHERE id = ${id} RETURNING id`],
        report: (results) => (firstRow(results, 0) === undefined ? NOT_FOUND(id) : { ok: true, text: `Partner ${id} removed.` }),
      };
    },
  },
];
