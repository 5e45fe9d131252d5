/** @module Query strings and bodies of the network console API (worker/routes/inbox.ts). */
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from '../../core/reference';
import type { TextKind } from '../../core/text';
import { networkId } from './fields';
import { withTextRule } from './text';
import type { InboxCursor } from '../data/inbox';
import { NOTE_MAX, REASON_MAX, SCAN_PLANNED_BY_MAX, SEARCH_MAX } from '../../core/inbox';
import { INBOX_DELIVERY_STATUSES, INBOX_STATUSES, SETTABLE_STATUSES } from '../../core/referral-workflow';

/** A referral reference as `newReference` makes them: no 0/O, 1/I/L or U. */

export const referenceParam = z.object({
  reference: z.string().check(z.regex(REFERENCE_PATTERN, 'Expected a reference such as CS-7K4P-2QX9.')),
});

const networkFilter = z.optional(networkId);

const listFilters = {
  status: z.optional(z.enum(INBOX_STATUSES, { error: `Expected one of: ${INBOX_STATUSES.join(', ')}.` })),
  delivery: z.optional(z.enum(INBOX_DELIVERY_STATUSES, { error: `Expected one of: ${INBOX_DELIVERY_STATUSES.join(', ')}.` })),
  network: networkFilter,
  q: z.optional(
    z.string().check(z.trim(), z.minLength(1, 'Leave q out to search nothing.'), z.maxLength(SEARCH_MAX, `A search is at most ${SEARCH_MAX} characters.`)),
  ),
};

/** The page cursor is opaque to clients: base64url of where the previous page ended. */
export const encodeCursor = (cursor: InboxCursor): string =>
  btoa(JSON.stringify([cursor.createdAt, cursor.reference])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const cursorShape = z.tuple([z.iso.datetime(), z.string().check(z.regex(REFERENCE_PATTERN))]);

const cursor = z.pipe(
  z.string().check(z.maxLength(200)),
  z.transform((text: string, ctx): InboxCursor => {
    try {
      const [createdAt, reference] = cursorShape.parse(JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/'))));
      return { createdAt, reference };
    } catch {
      ctx.issues.push({ code: 'custom', message: 'Not a cursor from a previous page; start without one.', input: text });
      return z.NEVER;
    }
  }),
);

export const listQuery = z.strictObject({
  ...listFilters,
  limit: z._default(z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(100))), 50),
  cursor: z.optional(cursor),
});

export const exportQuery = z.strictObject(listFilters);

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
const calendarDay = z.iso.date({ error: 'Expected a day as YYYY-MM-DD.' });

/** "" or null clears an optional text. */
const clearableText = (max: number, what: string, kind: TextKind) =>
  z.pipe(
    z.optional(z.nullable(withTextRule(z.string().check(z.trim(), z.maxLength(max, `${what} is at most ${max} characters.`)), what, kind))),
    z.transform((text: string | null | undefined) => (text === '' ? null : text)),
  );

export const statusUpdateBody = z
  .strictObject({
    status: z.optional(z.enum(SETTABLE_STATUSES, { error: `Expected one of: ${SETTABLE_STATUSES.join(', ')}.` })),
    note: clearableText(NOTE_MAX, 'A note', 'multi-line'),
    scanPlannedOn: z.optional(calendarDay),
    scanPlannedBy: clearableText(SCAN_PLANNED_BY_MAX, 'Who goes', 'one-line'),
    duplicateOf: z.optional(z.string().check(z.regex(REFERENCE_PATTERN, 'Expected a reference such as CS-7K4P-2QX9.'))),
  })
  .check(
    z.refine((body) => Object.values(body).some((value) => value !== undefined), 'Send a status, a note, a planned scan, or more.'),
    z.refine((body) => body.status !== 'scan_planned' || body.scanPlannedOn !== undefined, {
      message: 'Planning a scan needs its day (scanPlannedOn).',
      path: ['scanPlannedOn'],
    }),
    z.refine((body) => body.duplicateOf === undefined || body.status === 'declined', {
      message: 'A duplicate is closed with status "declined".',
      path: ['duplicateOf'],
    }),
  );

export const reopenBody = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(3, 'Say why it is reopened.'), z.maxLength(REASON_MAX, `A reason is at most ${REASON_MAX} characters.`)),
});
