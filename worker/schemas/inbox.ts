/** @module Query strings and bodies of the network console API (worker/routes/inbox.ts). */
import { z } from 'zod';
import { REFERENCE_PATTERN } from '../../core/reference';
import type { TextKind } from '../../core/text';
import { networkId } from './fields';
import { withTextRule } from './text';
import type { InboxCursor } from '../data/inbox';
import { NOTE_MAX, REASON_MAX, SCAN_PLANNED_BY_MAX, SEARCH_MAX } from '../../core/inbox';
import { INBOX_DELIVERY_STATUSES, INBOX_STATUSES, SETTABLE_STATUSES } from '../../core/referral-workflow';

/** A referral reference as `newReference` makes them: no 0/O, 1/I/L or U. */

export const referenceParam = z.object({
  reference: z.string().regex(REFERENCE_PATTERN, 'Expected a reference such as CS-7K4P-2QX9.'),
});

const networkFilter = networkId.optional();

const listFilters = {
  status: z.enum(INBOX_STATUSES, { error: `Expected one of: ${INBOX_STATUSES.join(', ')}.` }).optional(),
  delivery: z.enum(INBOX_DELIVERY_STATUSES, { error: `Expected one of: ${INBOX_DELIVERY_STATUSES.join(', ')}.` }).optional(),
  network: networkFilter,
  q: z.string().trim().min(1, 'Leave q out to search nothing.').max(SEARCH_MAX, `A search is at most ${SEARCH_MAX} characters.`).optional(),
};

/** The page cursor is opaque to clients: base64url of where the previous page ended. */
export const encodeCursor = (cursor: InboxCursor): string =>
  btoa(JSON.stringify([cursor.createdAt, cursor.reference])).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const cursorShape = z.tuple([z.iso.datetime(), z.string().regex(REFERENCE_PATTERN)]);

const cursor = z.string().max(200).transform((text, ctx): InboxCursor => {
  try {
    const [createdAt, reference] = cursorShape.parse(JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/'))));
    return { createdAt, reference };
  } catch {
    ctx.addIssue({ code: 'custom', message: 'Not a cursor from a previous page; start without one.' });
    return z.NEVER;
  }
});

export const listQuery = z.strictObject({
  ...listFilters,
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: cursor.optional(),
});

export const exportQuery = z.strictObject(listFilters);

/** A calendar day, YYYY-MM-DD, that exists (no 2026-02-30). */
const calendarDay = z.iso.date({ error: 'Expected a day as YYYY-MM-DD.' });

/** "" or null clears an optional text. */
const clearableText = (max: number, what: string, kind: TextKind) =>
  withTextRule(z.string().trim().max(max, `${what} is at most ${max} characters.`), what, kind)
    .nullable()
    .optional()
    .transform((text) => (text === '' ? null : text));

export const statusUpdateBody = z
  .strictObject({
    status: z.enum(SETTABLE_STATUSES, { error: `Expected one of: ${SETTABLE_STATUSES.join(', ')}.` }).optional(),
    note: clearableText(NOTE_MAX, 'A note', 'multi-line'),
    scanPlannedOn: calendarDay.optional(),
    scanPlannedBy: clearableText(SCAN_PLANNED_BY_MAX, 'Who goes', 'one-line'),
    duplicateOf: z.string().regex(REFERENCE_PATTERN, 'Expected a reference such as CS-7K4P-2QX9.').optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), 'Send a status, a note, a planned scan, or more.')
  .refine((body) => body.status !== 'scan_planned' || body.scanPlannedOn !== undefined, {
    message: 'Planning a scan needs its day (scanPlannedOn).',
    path: ['scanPlannedOn'],
  })
  .refine((body) => body.duplicateOf === undefined || body.status === 'declined', {
    message: 'A duplicate is closed with status "declined".',
    path: ['duplicateOf'],
  });

export const reopenBody = z.strictObject({
  reason: z.string().trim().min(3, 'Say why it is reopened.').max(REASON_MAX, `A reason is at most ${REASON_MAX} characters.`),
});
