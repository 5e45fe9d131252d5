/** @module Sending to an e-mail channel, through the send_email binding. */
import { EmailMessage } from 'cloudflare:email';
import type { NetworkChannel } from '../data';
import { plainTextMail } from './mime';
import type { ChannelOutcome, Outgoing } from './message';

/**
 * Sends the outgoing mail as plain text from MAIL_FROM to the channel's address, with its Reply-To
 * if it has one (a referral's is the entrepreneur, so the network can answer at once). Never throws.
 */
export async function sendEmail(env: Env, channel: NetworkChannel, outgoing: Outgoing, now: Date): Promise<ChannelOutcome> {
  const from = env.MAIL_FROM;
  if (!from) return { ok: false, detail: 'The MAIL_FROM var (sender address) is not set' };
  try {
    const raw = plainTextMail({
      from,
      fromName: 'CyberScan',
      to: channel.target,
      ...outgoing.mail,
      messageId: `${crypto.randomUUID()}@${from.split('@').pop()}`,
      date: now,
    });
    await env.REFERRAL_MAIL.send(new EmailMessage(from, channel.target, raw));
    return { ok: true, detail: 'Sent' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
