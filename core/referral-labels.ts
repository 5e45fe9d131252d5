/**
 * @module Dutch names for the referral workflow's ids: what the console shows and what the
 * spreadsheet export writes, from one place, so screen and file say the same.
 */
import type { Answer } from './answers';
import type { StatusActor } from './inbox';
import type { InboxDeliveryStatus, InboxStatus, SettableStatus } from './referral-workflow';
import type { Band } from './scoring';

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
  scan_done: 'Sluit af: scan gedaan',
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

/** The answer options (core/answers.ts), as the widget says them in Dutch. */
export const ANSWER_LABEL: Readonly<Record<Answer, string>> = {
  yes: 'Ja',
  partial: 'Gedeeltelijk',
  no: 'Nee',
  unknown: 'Weet ik niet',
  na: 'Niet van toepassing',
};

export const ACTOR_LABEL: Readonly<Record<StatusActor, string>> = {
  network: 'netwerk',
  admin: 'beheerder',
  entrepreneur: 'ondernemer',
};
