/**
 * @module For comparison only: the national figures computed straight from `results`, as a
 * statistics query would have to without the tallies (and still without any suppression).
 */

/** Total, bands, principle sums and gap counts over every result from month `from` to `to`, in one batch. */
export async function rawNationalFigures(db: D1Database, from: string, to: string): Promise<void> {
  const period = [`${from}-01`, `${to}-31`];
  await db.batch([
    db.prepare(`SELECT count(*), sum(band = 'green'), sum(band = 'orange'), sum(band = 'red')
      FROM results WHERE day BETWEEN ?1 AND ?2`).bind(...period),
    db.prepare(`SELECT s.value ->> 'id', sum(s.value ->> 'score'), count(s.value ->> 'score')
      FROM results r, json_each(r.principle_scores) s WHERE r.day BETWEEN ?1 AND ?2 GROUP BY 1`).bind(...period),
    db.prepare(`SELECT a.key, count(*) FROM results r, json_each(r.answers) a
      WHERE r.day BETWEEN ?1 AND ?2 AND a.value IN ('no', 'unknown') GROUP BY 1`).bind(...period),
  ]);
}
