/** @module Query strings and bodies of the network console API (worker/routes/network-referrals.ts). */
import { z } from 'zod';
import { withTextRule } from './text';
import type { InboxCursor } from '../data/referral-inbox';
import { NOTE_MAX } from '../../core/console-api';
import { INBOX_DELIVERY_STATUSES, INBOX_STATUSES, SETTABLE_STATUSES } from '../../core/referral-workflow';

/** A referral reference as `newReference` makes them: no 0/O, 1/I/L or U. */
export const REFERENCE_PATTERN = /^CS-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

export const referenceParam = z.object({
  reference: z.string().regex(REFERENCE_PATTERN, 'Expected a reference such as CS-7K4P-2QX9.'),
});

const networkFilter = z.string().regex(/^[a-z0-9-]{1,100}$/, 'Expected a network id.').optional();

const listFilters = {
  status: z.enum(INBOX_STATUSES, { error: `Expected one of: ${INBOX_STATUSES.join(', ')}.` }).optional(),
  delivery: z.enum(INBOX_DELIVERY_STATUSES, { error: `Expected one of: ${INBOX_DELIVERY_STATUSES.join(', ')}.` }).optional(),
  network: networkFilter,
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

export const statusUpdateBody = z
  .strictObject({
    status: z.enum(SETTABLE_STATUSES, { error: `Expected one of: ${SETTABLE_STATUSES.join(', ')}.` }).optional(),
    /** "" or null clears the note. */
    note: withTextRule(z.string().trim().max(NOTE_MAX, `A note is at most ${NOTE_MAX} characters.`), 'The note', 'multi-line')
      .nullable()
      .optional()
      .transform((note) => (note === '' ? null : note)),
  })
  .refine((body) => body.status !== undefined || body.note !== undefined, 'Send a status, a note, or both.');
