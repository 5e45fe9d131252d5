/**
 * @module `network list|show|add|update|remove`: the regional networks. Their areas and delivery
 * channels are in network-area.ts and network-channel.ts.
 */
import { z } from 'zod';
import { type Command, firstRow, table } from './command';
import { clearable, httpsUrl, line, sector, slug, studentScan, yesNo } from './fields';
import { validateInput } from './input';
import { type SqlValue, sql, sqlLiteral } from './sql';

/** Each option and the column it sets. */
const COLUMNS = {
  name: 'name',
  areaDescription: 'area_description',
  website: 'website',
  studentScan: 'offers_student_scan',
  offerDescription: 'offer_description',
  ownContribution: 'own_contribution',
  sector: 'sector',
  fallback: 'is_fallback',
  active: 'active',
} as const;

const fields = {
  name: line(200),
  areaDescription: line(500),
  website: clearable(httpsUrl),
  studentScan,
  offerDescription: line(1000),
  ownContribution: clearable(line(200)),
  sector: clearable(sector),
  fallback: yesNo,
};

const addInput = z.strictObject({
  id: slug,
  ...fields,
  website: fields.website.optional(),
  ownContribution: fields.ownContribution.optional(),
  sector: fields.sector.optional(),
  fallback: fields.fallback.optional(),
});

const updateInput = z
  .strictObject({ id: slug, ...z.object(fields).partial().shape, active: yesNo.optional() })
  .refine((input) => Object.keys(input).length > 1, 'give at least one option to change');

/** The `column = value` pairs of the options that were given. */
function assignments(input: Record<string, SqlValue | undefined>): [string, string][] {
  return Object.entries(COLUMNS).flatMap(([key, column]) =>
    input[key] === undefined ? [] : [[column, sqlLiteral(input[key] as SqlValue)] as [string, string]],
  );
}

const OPTIONS = [
  '--name <text>                the network\'s name',
  '--area-description <text>    the area it serves, in words',
  '--website <https url>        its own website ("" clears it)',
  '--student-scan yes|no|unknown  whether students do the scan',
  '--offer-description <text>   what the entrepreneur gets',
  '--own-contribution <text>    what it costs, e.g. "EUR 150 excl. btw" ("" clears it)',
  '--sector <sectorId>          a sector network serves only this sector ("" clears it)',
  '--fallback yes|no            the national fallback (at most one network)',
];

const NOT_FOUND = (id: string) => ({ ok: false, text: `No network has the id ${id}; see: network list` });

export const networkCommands: readonly Command[] = [
  {
    name: 'network list',
    summary: 'list the networks, with how many areas and channels each has',
    usage: '',
    plan: (positionals, flags) => {
      validateInput(z.strictObject({}), [], positionals, flags);
      return {
        statements: [
          `SELECT id, name, sector, is_fallback AS fallback, active,
             (SELECT count(*) FROM network_areas a WHERE a.network_id = n.id) AS areas,
             (SELECT count(*) FROM network_channels c WHERE c.network_id = n.id AND c.active = 1) AS channels
           FROM networks n ORDER BY is_fallback, name`,
        ],
        report: (results) => ({ ok: true, text: table(results[0] ?? [], ['id', 'name', 'sector', 'fallback', 'active', 'areas', 'channels']) }),
      };
    },
  },
  {
    name: 'network show',
    summary: 'one network with its postcode areas and delivery channels',
    usage: '<networkId>',
    plan: (positionals, flags) => {
      const { id } = validateInput(z.strictObject({ id: slug }), ['id'], positionals, flags);
      return {
        statements: [
          sql`SELECT * FROM networks WHERE id = ${id}`,
          sql`SELECT pc4_from || '-' || pc4_to AS area FROM network_areas WHERE network_id = ${id} ORDER BY pc4_from`,
          sql`SELECT id, kind, target, secret_ref, signature_format, previous_secret_ref, previous_secret_until, active FROM network_channels WHERE network_id = ${id} ORDER BY id`,
        ],
        report: (results) => {
          const network = firstRow(results, 0);
          if (network === undefined) return NOT_FOUND(id);
          const facts = Object.entries(network).map(([key, value]) => `${key}: ${value ?? '-'}`);
          const areas = (results[1] ?? []).map((row) => row.area).join(', ') || '(none)';
          return { ok: true, text: [...facts, '', `areas: ${areas}`, '', 'channels:', table(results[2] ?? [], ['id', 'kind', 'target', 'secret_ref', 'signature_format', 'previous_secret_ref', 'previous_secret_until', 'active'])].join('\n') };
        },
      };
    },
  },
  {
    name: 'network add',
    summary: 'add a network (then give it areas and a channel)',
    usage: '<networkId> --name <text> --area-description <text> --student-scan yes|no|unknown --offer-description <text> [options]',
    options: OPTIONS,
    plan: (positionals, flags) => {
      const input = validateInput(addInput, ['id'], positionals, flags);
      const set = assignments(input);
      return {
        statements: [`INSERT INTO networks (id, ${set.map(([column]) => column).join(', ')}) VALUES (${sqlLiteral(input.id)}, ${set.map(([, value]) => value).join(', ')})`],
        report: () => ({ ok: true, text: `Network ${input.id} added. Next: network area add ${input.id} <from>-<to>, network channel add ${input.id} ...` }),
      };
    },
  },
  {
    name: 'network update',
    summary: 'change a network',
    usage: '<networkId> [options] [--active yes|no]',
    options: [...OPTIONS, '--active yes|no              a switched-off network gets no new referrals'],
    plan: (positionals, flags) => {
      const input = validateInput(updateInput, ['id'], positionals, flags);
      const set = assignments(input).map(([column, value]) => `${column} = ${value}`);
      return {
        statements: [`UPDATE networks SET ${set.join(', ')} WHERE id = ${sqlLiteral(input.id)} RETURNING id`],
        report: (results) => (firstRow(results, 0) === undefined ? NOT_FOUND(input.id) : { ok: true, text: `Network ${input.id} updated.` }),
      };
    },
  },
  {
    name: 'network remove',
    summary: 'remove a network with its areas, channels and tokens; refused while it has referrals',
    usage: '<networkId>',
    plan: (positionals, flags) => {
      const { id } = validateInput(z.strictObject({ id: slug }), ['id'], positionals, flags);
      const unused = sql`NOT EXISTS (SELECT 1 FROM referrals WHERE network_id = ${id})`;
      return {
        statements: [
          sql`DELETE FROM network_areas WHERE network_id = ${id} AND ` + unused,
          sql`DELETE FROM network_channels WHERE network_id = ${id} AND ` + unused,
          sql`UPDATE partners SET default_network_id = NULL WHERE default_network_id = ${id} AND ` + unused,
          sql`DELETE FROM networks WHERE id = ${id} AND ` + unused + ' RETURNING id',
          sql`SELECT (SELECT count(*) FROM referrals WHERE network_id = ${id}) AS referrals`,
        ],
        report: (results) => {
          if (firstRow(results, 3) !== undefined) return { ok: true, text: `Network ${id} removed.` };
          const referrals = Number(firstRow(results, 4)?.referrals ?? 0);
          if (referrals === 0) return NOT_FOUND(id);
          return { ok: false, text: `Network ${id} has ${referrals} referrals and stays; switch it off instead: network update ${id} --active no` };
        },
      };
    },
  },
];
