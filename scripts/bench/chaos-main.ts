/**
 * @module `npm run chaos`: the delivery fault run. A burst of referrals to one network whose
 * receiver fails 30% of requests and holds 5% past the timeout, through the real worker, queue and
 * D1 (wrangler dev, local); then the figures, and exit code 1 unless nothing was lost or failed.
 * `npm run chaos -- 2000` sends another number. Loopback only; it ends when delivery has drained.
 */
import { bankStructure } from '../../core/bank';
import type { DeliveryStatusReport } from '../../core/delivery-api';
import { startChaosWorker } from './chaos-worker';
import { startReceiver } from './chaos-receiver';
import { count, seconds, table } from './measure';
import { seeded } from './synthetic-answers';

const NETWORK = 'cyberwerf';
/** Divides the production retry delays (about three days) to about eight minutes; the schedule's shape stays. */
const RETRY_DIVISOR = 600;
/** The consumer's batch size for the run (Cloudflare's largest); wrangler.toml's is 10. */
const BATCH_SIZE = 100;
const PARALLEL_REQUESTS = 8;
const DRAIN_LIMIT_MS = 20 * 60_000;

const referral = (i: number) => ({
  partner: 'chaos', network: NETWORK, postcode: '2511', companyName: `Foutproef ${i}`, contactName: 'Proef Persoon',
  email: `proef${i}@example.nl`, shareAnswers: false, bankVersion: bankStructure.version, lang: 'nl',
  answers: Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'no'])),
});

/**
 * Posts one referral as the widget does: a connection that breaks is retried with the same
 * Idempotency-Key and body (up to five tries), so a request the worker did store is not made twice.
 */
async function postReferral(origin: string, i: number): Promise<{ status: number; retries: number }> {
  const init = {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json', Origin: origin, 'Idempotency-Key': crypto.randomUUID(),
      // Locally the rate limit keys on this header; on Cloudflare the edge sets it.
      'CF-Connecting-IP': `2001:db8::${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}`,
    },
    body: JSON.stringify(referral(i)),
  };
  for (let retries = 0; ; retries++) {
    try {
      const response = await fetch(`${origin}/api/v1/referrals`, init);
      await response.body?.cancel();
      // A 503 asks to try again later, as the widget does: the same key cannot make it twice.
      if (response.status !== 503 || retries >= 4) return { status: response.status, retries };
      await new Promise((r) => setTimeout(r, 500 * (retries + 1)));
    } catch (error) {
      if (retries >= 4) throw error;
      await new Promise((r) => setTimeout(r, 500 * (retries + 1)));
    }
  }
}

/** Sends `total` referrals, `PARALLEL_REQUESTS` at a time, each from its own client address. */
async function burst(origin: string, total: number) {
  let next = 0;
  let accepted = 0;
  let retries = 0;
  const refused = new Map<number, number>();
  const sender = async () => {
    while (next < total) {
      const sent = await postReferral(origin, next++);
      retries += sent.retries;
      if (sent.status === 201) accepted += 1;
      else refused.set(sent.status, (refused.get(sent.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_REQUESTS }, sender));
  return { accepted, refused, retries };
}

async function status(origin: string, token: string): Promise<DeliveryStatusReport> {
  const response = await fetch(`${origin}/api/v1/console/delivery/status`, { headers: { Authorization: `Bearer ${token}` } });
  return (await response.json()) as DeliveryStatusReport;
}

export async function main(args: readonly string[]): Promise<number> {
  const total = Number(args[0] ?? 1000);
  const receiver = await startReceiver({ failShare: 0.3, delayShare: 0.05, delayMs: 10_000 }, seeded(8)); // the same faults on every run
  console.log(`Fault run: ${count(total)} referrals to ${NETWORK}; receiver ${receiver.origin} fails 30% (500) and holds 5% for 10 s`);
  console.log(`Retry delays divided by ${RETRY_DIVISOR} (production: about three days in all); consumer batches of ${BATCH_SIZE}`);
  const worker = await startChaosWorker(receiver.origin, NETWORK, RETRY_DIVISOR, BATCH_SIZE);
  try {
    const started = Date.now();
    const { accepted, refused, retries } = await burst(worker.origin, total);
    const burstMs = Date.now() - started;
    console.log(`Burst sent in ${seconds(burstMs)} s (${retries} requests retried after a broken connection or a 503); waiting for delivery to drain`);
    let report = await status(worker.origin, worker.adminToken);
    let lastLine = 0;
    while (report.counts.pending + report.counts.queued > 0 && Date.now() - started < DRAIN_LIMIT_MS) {
      await new Promise((r) => setTimeout(r, 2000));
      report = await status(worker.origin, worker.adminToken);
      if (Date.now() - lastLine > 30_000) {
        lastLine = Date.now();
        console.log(`  ${seconds(Date.now() - started)} s: ${report.counts.delivered} delivered, ${report.counts.queued} queued, ${report.counts.pending} pending`);
      }
    }
    const drainedMs = Date.now() - started;
    const { counts } = report;
    const stored = Object.values(counts).reduce((a, b) => a + b, 0);
    const receipts = [...receiver.taken.values()].reduce((a, b) => a + b, 0);
    const undelivered = counts.pending + counts.queued;
    const lost = accepted - stored + (counts.delivered - receiver.taken.size);
    console.log(table(
      ['sent', 'accepted', 'stored', 'delivered', 'received (unique)', 'duplicates', 'failed', 'undelivered', 'lost', 'time to drain s'],
      [[count(total), count(accepted), count(stored), count(counts.delivered), count(receiver.taken.size), count(receipts - receiver.taken.size),
        count(counts.failed), count(undelivered), count(lost), seconds(drainedMs)]],
    ));
    console.log(`Receiver answers: ${receiver.counts.taken} taken, ${receiver.counts.failed} failed (500), ${receiver.counts.delayed} held 10 s`);
    if (refused.size > 0) console.log(`Refused by the API: ${[...refused].map(([code, n]) => `${n} x ${code}`).join(', ')}`);
    const ok = lost === 0 && counts.failed === 0 && undelivered === 0 && accepted === total;
    console.log(ok ? 'OK: nothing lost, nothing failed.' : 'NOT OK: see the figures above.');
    return ok ? 0 : 1;
  } finally {
    await worker.stop();
    await receiver.close();
  }
}
