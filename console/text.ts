/** @module Dutch names for the API's ids, and how the console writes dates and numbers. */
import type { StatusChange } from '../core/console-api';
import type { InboxDeliveryStatus, InboxStatus, SettableStatus } from '../core/referral-workflow';
import type { Band } from '../core/scoring';

export const STATUS_LABEL: Readonly<Record<InboxStatus, string>> = {
  new: 'Nieuw',
  contacted: 'Contact gehad',
  scan_planned: 'Scan gepland',
  scan_done: 'Scan gedaan',
  declined: 'Afgewezen of afgezien',
  withdrawn: 'Ingetrokken door ondernemer',
};

/** What a workflow button says: the move, not only the state it leads to. */
export const STATUS_ACTION: Readonly<Record<SettableStatus, string>> = {
  contacted: 'Markeer als: contact gehad',
  scan_planned: 'Markeer als: scan gepland',
  scan_done: 'Markeer als: scan gedaan',
  declined: 'Sluit af: geen scan',
};

export const DELIVERY_LABEL: Readonly<Record<InboxDeliveryStatus, string>> = {
  pending: 'Nog niet verstuurd',
  queued: 'Wordt bezorgd',
  delivered: 'Bezorgd',
  failed: 'Bezorging mislukt',
  cancelled: 'Geannuleerd (gewist)',
};

export const BAND_LABEL: Readonly<Record<Band, string>> = { green: 'Groen', orange: 'Oranje', red: 'Rood' };

export const ACTOR_LABEL: Readonly<Record<StatusChange['by'], string>> = {
  network: 'netwerk',
  admin: 'beheerder',
  entrepreneur: 'ondernemer',
};

/** The answer options (core/answers.ts), as the widget says them in Dutch. */
export const ANSWER_LABEL: Readonly<Record<string, string>> = {
  yes: 'Ja',
  partial: 'Deels',
  no: 'Nee',
  unknown: 'Weet ik niet',
  na: 'Niet van toepassing',
};

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** An ISO 8601 instant in Dutch, Dutch time; "" for null. */
export const formatDateTime = (iso: string | null): string => (iso === null ? '' : dateTime.format(new Date(iso)));

export const formatNumber = (value: number): string => value.toLocaleString('nl-NL');
