/**
 * @module `GET /api/v1/console/referrals.csv`: a network's referrals as a spreadsheet (admin: all,
 * or `?network=`), with the list's `status` and `delivery` filters. Mounted behind requireAccess
 * by worker/routes/network-referrals.ts.
 */
import { Hono } from 'hono';
import { exportInbox, type InboxExportRow } from '../data/referral-inbox-export';
import { networkFilterFor, otherNetwork, type AccessVariables } from '../http/access';
import { validate } from '../http/validate';
import { exportQuery } from '../schemas/network-referrals';
import { csvDocument, type CsvValue } from './network-referrals-csv-format';

/** Dutch headers: the file is for a network's staff, in their spreadsheet. Values keep the API's ids. */
const COLUMNS: readonly [string, (row: InboxExportRow) => CsvValue][] = [
  ['referentie', (r) => r.reference],
  ['ontvangen', (r) => r.createdAt],
  ['netwerk', (r) => r.networkId],
  ['partner', (r) => r.partnerId],
  ['status', (r) => r.status],
  ['bezorging', (r) => r.deliveryStatus],
  ['bedrijf', (r) => r.companyName],
  ['contactpersoon', (r) => r.contactName],
  ['e-mail', (r) => r.email],
  ['telefoon', (r) => r.phone],
  ['postcode', (r) => r.postcode],
  ['sector', (r) => r.sector],
  ['grootte', (r) => r.size],
  ['score', (r) => r.overall],
  ['kleur', (r) => r.band],
  ['antwoorden gedeeld', (r) => r.answersShared],
  ['taal', (r) => r.lang],
  ['bericht', (r) => r.message],
  ['notitie', (r) => r.note],
  ['afgesloten', (r) => r.closedAt],
  ['ingetrokken', (r) => r.withdrawnAt],
  ['gewist', (r) => r.erasedAt],
];

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
