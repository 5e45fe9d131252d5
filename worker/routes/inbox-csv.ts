/**
 * @module `GET /api/v1/console/referrals.csv`: a network's referrals as a spreadsheet (admin: all,
 * or `?network=`), with the list's `status`, `delivery` and `q` filters, in the shared Dutch
 * spreadsheet format (csv-format.ts). Mounted behind requireAccess
 * by worker/routes/inbox.ts.
 */
import { Hono } from 'hono';
import { exportInbox, type InboxExportRow } from '../data/inbox-export';
import { networkFilterFor, otherNetwork, type AccessVariables } from '../http/access';
import { validate } from '../http/validate';
import { exportQuery } from '../schemas/inbox';
import { profileLabel, profileOptions } from '../../core/profile';
import { ACTOR_LABEL, BAND_LABEL, DELIVERY_LABEL, STATUS_LABEL } from '../../core/referral-labels';
import { csvDay, csvDocument, csvLocalDateTime, type CsvValue } from './csv-format';

/**
 * When it came in: local time, or only the day once erased (the time of day is gone then, and
 * midnight UTC would read as 01:00).
 */
const received = (r: InboxExportRow) => (r.erasedAt === null ? csvLocalDateTime(r.createdAt) : csvDay(r.createdAt));

/**
 * Dutch headers and Dutch values, for a network's staff in their spreadsheet; the API's codes
 * follow in columns of their own at the end, for filters and scripts.
 */
const COLUMNS: readonly [string, (row: InboxExportRow) => CsvValue][] = [
  ['referentie', (r) => r.reference],
  ['ontvangen', received],
  ['netwerk', (r) => r.networkName],
  ['partner', (r) => r.partnerName],
  ['status', (r) => STATUS_LABEL[r.status]],
  ['scan gepland op', (r) => csvDay(r.scanPlannedOn)],
  ['scan door', (r) => r.scanPlannedBy],
  ['bezorging', (r) => DELIVERY_LABEL[r.deliveryStatus]],
  ['bedrijf', (r) => r.companyName],
  ['contactpersoon', (r) => r.contactName],
  ['e-mail', (r) => r.email],
  ['telefoon', (r) => r.phone],
  ['postcode', (r) => r.postcode],
  ['sector', (r) => (r.sector === null ? null : profileLabel(profileOptions.sectors, r.sector))],
  ['grootte', (r) => (r.size === null ? null : profileLabel(profileOptions.sizes, r.size))],
  ['uitkomst check', (r) => r.overall],
  ['kleur', (r) => BAND_LABEL[r.band]],
  ['antwoorden gedeeld', (r) => r.answersShared],
  ['taal', (r) => (r.lang === 'nl' ? 'Nederlands' : r.lang === 'en' ? 'Engels' : r.lang)],
  ['bericht', (r) => r.message],
  ['notitie', (r) => r.note],
  ['mogelijk dubbel met', (r) => r.possibleDuplicates.join(', ') || null],
  ['dubbel van', (r) => r.duplicateOf],
  ['laatst gewijzigd door', (r) => (r.lastChangeBy === null ? null : (ACTOR_NAME[r.lastChangeBy] ?? r.lastChangeBy))],
  ['laatst gewijzigd op', (r) => csvLocalDateTime(r.lastChangeAt)],
  ['afgesloten', (r) => csvLocalDateTime(r.closedAt)],
  ['ingetrokken', (r) => csvLocalDateTime(r.withdrawnAt)],
  ['gewist', (r) => csvLocalDateTime(r.erasedAt)],
  ['status (code)', (r) => r.status],
  ['bezorging (code)', (r) => r.deliveryStatus],
  ['sector (code)', (r) => r.sector],
  ['grootte (code)', (r) => r.size],
  ['kleur (code)', (r) => r.band],
  ['netwerk (id)', (r) => r.networkId],
  ['partner (id)', (r) => r.partnerId],
];

/** A change without a person's name names the kind of actor, in Dutch. */
const ACTOR_NAME: Readonly<Record<string, string>> = ACTOR_LABEL;

export const referralsCsv = new Hono<{ Bindings: Env; Variables: AccessVariables }>().get(
  '/referrals.csv',
  validate('query', exportQuery),
  async (c) => {
    const { network, ...filters } = c.req.valid('query');
    const networkId = networkFilterFor(c.var.access, network);
    if (networkId === 'forbidden') return otherNetwork(c);
    const rows = await exportInbox(c.env.DB, { networkId, ...filters });
    const body = csvDocument(COLUMNS.map(([name]) => name), rows.map((row) => COLUMNS.map(([, value]) => value(row))));
    const filename = `cyberscan-aanvragen-${networkId ?? 'alle'}-${new Date().toISOString().slice(0, 10)}.csv`;
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  },
);
