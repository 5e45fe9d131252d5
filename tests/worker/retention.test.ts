import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import wranglerToml from '../../wrangler.toml?raw';
import worker from '../../worker/index';
import { getReferral, markQueued, recordAttempt } from '../../worker/data';
import { RETENTION_CRON } from '../../worker/data/retention-policy';
import { recordingQueue } from './api-fixtures';
import { NETWORK_A, getWith, issueToken, patchWith, referralFor, referralRow } from './access-fixtures';

const NOW = new Date('2026-09-01T03:17:00.000Z');
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** Runs the worker's real scheduled handler for the daily retention cron at NOW. */
async function retention(vars: Partial<Env> = {}, cron = RETENTION_CRON): Promise<unknown[]> {
  const { sent, queue } = recordingQueue();
  await worker.scheduled(createScheduledController({ scheduledTime: NOW, cron }), { ...env, REFERRAL_QUEUE: queue, ...vars });
  return sent;
}

/** A referral made `madeDaysAgo` days before NOW and, if given, closed `closedDaysAgo` days before it. */
async function referral(madeDaysAgo: number, closedDaysAgo?: number) {
  const made = await referralFor(NETWORK_A, { sharedAnswers: { 'mfa-email': 'no' }, phone: '06-12345678', message: 'Bel maar' }, daysBefore(madeDaysAgo));
  if (closedDaysAgo !== undefined) {
    await env.DB.prepare("UPDATE referrals SET status = 'declined', closed_at = ?2, note = 'Geen tijd' WHERE id = ?1")
      .bind(made.id, daysBefore(closedDaysAgo).toISOString())
      .run();
  }
  return made;
}

const erasedAt = async (reference: string) => (await referralRow(reference))?.erased_at ?? null;

describe('retention: the daily job', () => {
  it('is a cron trigger in wrangler.toml next to the ten-minute sweep', () => {
    expect(wranglerToml).toMatch(/crons = \["\*\/10 \* \* \* \*", "17 3 \* \* \*"\]/);
    expect(RETENTION_CRON).toBe('17 3 * * *');
  });

  it('erases a referral 90 days after it was closed, not a day before', async () => {
    const due = await referral(120, 91);
    const notYet = await referral(120, 89);
    await retention();
    expect(await erasedAt(due.reference)).toBe(NOW.toISOString());
    expect(await erasedAt(notYet.reference)).toBeNull();
  });

  it('erases any referral a year after it was made, even one never closed', async () => {
    const old = await referral(366);
    const young = await referral(364);
    await retention();
    expect(await erasedAt(old.reference)).toBe(NOW.toISOString());
    expect(await erasedAt(young.reference)).toBeNull();
  });

  it('keeps exactly the anonymous facts of an erased referral, and drops its delivery attempts', async () => {
    const old = await referral(400, 200);
    await recordAttempt(env.DB, old.id, 'email', 'ok', 'Sent', daysBefore(400));
    const keyBefore = (await referralRow(old.reference))?.idempotency_key_hash;
    await retention();
    const row = await referralRow(old.reference);
    expect(row).toMatchObject({
      reference: old.reference, network_id: NETWORK_A, partner_id: 'demo', status: 'declined', band: 'red', overall: 42,
      sector: 'retail', size: '2-9', lang: 'nl', share_answers: 1, bank_version: '2026.1',
      created_at: `${daysBefore(400).toISOString().slice(0, 10)}T00:00:00.000Z`,
      postcode: null, company_name: null, contact_name: null, email: null, phone: null, message: null, answers: null, note: null,
      erased_at: NOW.toISOString(),
    });
    // The browser's key is forgotten too: a random one keeps the column's UNIQUE constraint.
    expect(row?.idempotency_key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.idempotency_key_hash).not.toBe(keyBefore);
    const attempts = await env.DB.prepare('SELECT count(*) AS n FROM delivery_attempts WHERE referral_id = ?1').bind(old.id).first<{ n: number }>();
    expect(attempts?.n).toBe(0);
  });

  it('takes the periods from RETENTION_DAYS_AFTER_CLOSE and RETENTION_MAX_DAYS', async () => {
    const closedLongEnough = await referral(40, 31);
    const madeLongEnough = await referral(61);
    await retention({ RETENTION_DAYS_AFTER_CLOSE: '30', RETENTION_MAX_DAYS: '60' });
    expect(await erasedAt(closedLongEnough.reference)).not.toBeNull();
    expect(await erasedAt(madeLongEnough.reference)).not.toBeNull();
  });

  it('falls back to the defaults when a period is not a number of days', async () => {
    const closed = await referral(40, 31);
    await retention({ RETENTION_DAYS_AFTER_CLOSE: 'thirty' });
    expect(await erasedAt(closed.reference)).toBeNull();
  });

  it('stops delivery of a referral erased before it was delivered, and the sweep leaves it alone', async () => {
    const stuck = await referral(370);
    await markQueued(env.DB, stuck.id, daysBefore(370));
    await retention();
    expect((await referralRow(stuck.reference))?.delivery_status).toBe('cancelled');
    expect(await getReferral(env.DB, stuck.id)).toBeNull();
    const sent = await retention({}, '*/10 * * * *');
    expect(sent).not.toContainEqual({ referralId: stuck.id });
  });

  it('does not erase anything on the ten-minute sweep', async () => {
    const old = await referral(500);
    await retention({}, '*/10 * * * *');
    expect(await erasedAt(old.reference)).toBeNull();
  });

  it('shows an erased referral in the console without personal data, and refuses changes with 409', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const old = await referral(400);
    await retention();
    const { referral: shown } = (await (await getWith(token, `/api/v1/console/referrals/${old.reference}`)).json()) as {
      referral: Record<string, unknown>;
    };
    expect(shown).toMatchObject({
      company: { name: null, postcode: null, sector: 'retail', size: '2-9' },
      contact: { name: null, email: null, phone: null },
      message: null,
      assessment: { answersShared: true, overall: 42, band: 'red' },
      erasedAt: NOW.toISOString(),
      nextStatuses: [],
    });
    expect(shown.assessment).not.toHaveProperty('answers');
    const refused = await patchWith(token, `/api/v1/console/referrals/${old.reference}`, { note: 'nog iets' });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ error: { code: 'referral_erased' } });
  });
});
