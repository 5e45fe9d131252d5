/** @module Dutch names for the API's ids, and how the console writes dates and numbers. */

export { ACTOR_LABEL, ANSWER_LABEL, BAND_LABEL, DELIVERY_LABEL, STATUS_ACTION, STATUS_LABEL } from '../core/referral-labels';

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

const dateOnly = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' });

/** An ISO 8601 instant in Dutch, Dutch time; "" for null. */
export const formatDateTime = (iso: string | null): string => (iso === null ? '' : dateTime.format(new Date(iso)));

/**
 * A day in Dutch: a planned scan's `YYYY-MM-DD`, or the day an erased referral was made (only the
 * day is kept, as midnight UTC, which must not be shown as a time).
 */
export const formatDay = (isoDay: string): string => dateOnly.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));

export const formatNumber = (value: number): string => value.toLocaleString('nl-NL');
