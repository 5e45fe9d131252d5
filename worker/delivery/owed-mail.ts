/**
 * @module An e-mail the worker owes a person (the confirmation, the invitation to do the check
 * again, a registration's decision), sent once by the queue consumer through the one mail sender
 * (worker/mail/send-mail.ts). Each kind says where its state is, how to read it and what it says.
 */
import type { OwedMessages, OwedMessageStatus } from '../data/owed-message';
import { mailSender, type Mail } from '../mail/send-mail';

/** One kind of owed e-mail. */
export interface OwedMail<Owed extends { readonly status: OwedMessageStatus }> {
  /** For the log, before the id: `confirmation e-mail for`. */
  readonly name: string;
  readonly state: OwedMessages;
  /** What the e-mail needs, or null when none is owed (never asked for, or erased since). */
  readonly read: (db: D1Database, id: string) => Promise<Owed | null>;
  readonly write: (env: Env, owed: Owed) => Mail;
}

export type MailRun = 'sent' | 'already-sent' | 'not-owed';

/**
 * Sends the e-mail owed for `id` once: a failure throws, and the queue retries it. Queues deliver
 * at least once, so it is marked sent at once and never sent again after that.
 */
export async function sendOwedMail<Owed extends { readonly status: OwedMessageStatus }>(
  env: Env,
  mail: OwedMail<Owed>,
  id: string,
  now: Date = new Date(),
): Promise<MailRun> {
  const owed = await mail.read(env.DB, id);
  if (owed === null) return 'not-owed';
  if (owed.status === 'sent') return 'already-sent';
  await mailSender(env)(mail.write(env, owed));
  await mail.state.markSent(env.DB, id, now);
  return 'sent';
}
