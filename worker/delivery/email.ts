/** @module Delivering a referral to an e-mail channel, through the send_email binding. */
import { EmailMessage } from 'cloudflare:email';
import type { NetworkChannel } from '../data';
import type { ChannelOutcome } from './deliver';
import { referralMailSubject, referralMailText } from './mail-text';
import { plainTextMail } from './mime';
import type { ReferralPayload } from './payload';

/**
 * Sends the referral as a plain-text e-mail from MAIL_FROM to the channel's address, with
 * Reply-To set to the entrepreneur so the network can answer at once. Never throws.
 */
export async function sendEmail(env: Env, channel: NetworkChannel, payload: ReferralPayload, now: Date): Promise<ChannelOutcome> {
  const from = env.MAIL_FROM;
  if (!from) return { ok: false, detail: 'The MAIL_FROM var (sender address) is not set' };
  try {
    const raw = plainTextMail({
      from,
      fromName: 'CyberScan',
      to: channel.target,
      replyTo: payload.contact.email,
      subject: referralMailSubject(payload),
      text: referralMailText(payload),
      messageId: `${crypto.randomUUID()}@${from.split('@').pop()}`,
      date: now,
    });
    await env.REFERRAL_MAIL.send(new EmailMessage(from, channel.target, raw));
    return { ok: true, detail: 'Sent' };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
