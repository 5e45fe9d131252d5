/** @module The console's list of unregistered sites (issue 12): its API contract. */

/** One site that embeds the check without being registered (issue 12): its host name and what it sent. */
export interface UnregisteredSiteRow {
  readonly host: string;
  /** Completed checks (anonymous results) from the site. */
  readonly results: number;
  readonly referrals: number;
  /** `YYYY-MM-DD`: the last day it sent either. */
  readonly lastDay: string;
}

/** `GET /api/v1/console/unregistered-sites` (admins): the most recently active first. */
export interface UnregisteredSitesResponse {
  readonly sites: readonly UnregisteredSiteRow[];
}
