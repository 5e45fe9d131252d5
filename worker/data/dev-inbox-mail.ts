/**
 * @module E-mails the worker sent under `npm start`, kept for the development inbox instead of
 * going out (worker/mail/send-mail.ts). Its table is made by seed/dev.sql, never by a migration.
 */

/** One e-mail as it would have gone out. */
export interface InboxMail {
  /** ISO 8601 UTC. */
  readonly sentAt: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export async function recordInboxMail(db: D1Database, mail: InboxMail): Promise<void> {
  await db
    .prepare('INSERT INTO dev_inbox_mail (sent_at, recipient, subject, text) VALUES (?1, ?2, ?3, ?4)')
    .bind(mail.sentAt, mail.to, mail.subject, mail.text)
    .run();
}

/** The most recent e-mails, newest first. */
export async function listInboxMail(db: D1Database, limit = 100): Promise<InboxMail[]> {
  const { results } = await db
    .prepare('SELECT sent_at, recipient, subject, text FROM dev_inbox_mail ORDER BY id DESC LIMIT ?1')
    .bind(limit)
    .all<{ sent_at: string; recipient: string; subject: string; text: string }>();
  return results.map((row) => ({ sentAt: row.sent_at, to: row.recipient, subject: row.subject, text: row.text }));
}
