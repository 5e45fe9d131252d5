/** @module Sites that embed the widget without being registered: their partner and their tallies. */

/** The partner (migrations/0020) that every unregistered site's results and referrals count under. */
export const UNREGISTERED_PARTNER_ID = 'niet-geregistreerd';

/** One unregistered host name with what it sent. */
export interface UnregisteredSite {
  readonly host: string;
  readonly results: number;
  readonly referrals: number;
  /** `YYYY-MM-DD`: the day, never the time, of the last result or referral. */
  readonly lastDay: string;
}

/**
 * Counts one result or referral for `host` on `day`. A statement, so the caller can run it in the
 * batch that stores what it counts.
 */
export function countUnregisteredSite(db: D1Database, host: string, what: 'results' | 'referrals', day: string): D1PreparedStatement {
  // `what` is one of two literal column names, never input.
  return db
    .prepare(
      `INSERT INTO unregistered_sites (host, ${what}, last_day) VALUES (?1, 1, ?2)
       ON CONFLICT (host) DO UPDATE SET ${what} = ${what} + 1, last_day = max(last_day, excluded.last_day)`,
    )
    .bind(host, day);
}

/** Every unregistered host name, the most recently active first. */
export async function listUnregisteredSites(db: D1Database): Promise<UnregisteredSite[]> {
  const { results } = await db
    .prepare('SELECT host, results, referrals, last_day AS lastDay FROM unregistered_sites ORDER BY last_day DESC, host')
    .all<UnregisteredSite>();
  return results;
}
