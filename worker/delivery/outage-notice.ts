/**
 * @module Telling a network, and the operators, that its referrals are not arriving: once per
 * outage, by e-mail (a webhook that fails cannot carry the news), so a server down over a weekend
 * is noticed long before its referrals run out of retries.
 */
import { fill } from '../../core/fill';
import { closeOutage, getReferral, openOutage, outageContact } from '../data';
import { fillParagraphs } from '../mail/fill-mail';
import { mailSender } from '../mail/send-mail';
import { outageNoticeText } from '../mail/text/outage-notice';
import { RETRY_WINDOW_SECONDS } from './backoff';

const RETRY_DAYS = Math.floor(RETRY_WINDOW_SECONDS / 86_400);

/** The notice in plain Dutch; `since` is when the failures were noticed. */
export const outageMailText = (networkName: string, since: Date, detail: string): string =>
  fillParagraphs(outageNoticeText.nl.body, {
    network: networkName, since: since.toISOString().replace('T', ' ').slice(0, 16), detail, days: RETRY_DAYS,
  });

async function send(env: Env, to: string, subject: string, text: string): Promise<boolean> {
  try {
    await mailSender(env)({ to, subject, text });
    return true;
  } catch (error) {
    console.error(`Outage notice to ${to} failed:`, error);
    return false;
  }
}

/**
 * Tells the network's `alert_email` and OPERATOR_EMAIL that the network's deliveries fail, unless
 * this outage was told already. If no notice could go out, the outage is forgotten again, so the
 * next failure tries once more. Never throws.
 */
export async function noticeNetworkOutage(env: Env, networkId: string, detail: string, now: Date = new Date()): Promise<void> {
  try {
    if (!(await openOutage(env.DB, networkId, now))) return;
    const contact = await outageContact(env.DB, networkId);
    const recipients = [contact?.alertEmail, env.OPERATOR_EMAIL].filter((to): to is string => Boolean(to));
    const subject = fill(outageNoticeText.nl.subject, { networkId });
    const text = outageMailText(contact?.name ?? networkId, now, detail);
    let told = 0;
    for (const to of recipients) if (await send(env, to, subject, text)) told += 1;
    console.error(`Deliveries to network ${networkId} are failing (${detail}); outage notice sent to ${told} of ${recipients.length} addresses`);
    if (told === 0) await closeOutage(env.DB, networkId);
  } catch (error) {
    console.error(`Outage notice for network ${networkId} failed:`, error);
  }
}

/** The same, for the network of a referral that has just run out of retries. */
export async function noticeOutage(env: Env, referralId: string, now: Date = new Date()): Promise<void> {
  const referral = await getReferral(env.DB, referralId);
  if (referral !== null) await noticeNetworkOutage(env, referral.networkId, fill(outageNoticeText.nl.allTriesFailed, { days: RETRY_DAYS }), now);
}
