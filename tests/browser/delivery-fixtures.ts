/**
 * @module A referral whose delivery failed, in the dev server's database: sent through the API,
 * delivered to the development inbox, then marked failed with SQL, as three days of a dead
 * endpoint would leave it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import type { ReferralDetail } from '../../core/inbox';
import { sendReferral } from './console-fixtures';
import { origin } from './page';

const root = path.resolve(import.meta.dirname, '../..');

async function deliveryStatus(token: string, reference: string): Promise<string> {
  const response = await fetch(`${origin}/api/v1/console/referrals/${reference}`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await response.json()) as { referral: ReferralDetail }).referral.delivery.status;
}

/**
 * Sends a referral to `network` per company name, waits until each is delivered, and marks their
 * delivery failed; returns their references. All requests come before the one slow database write,
 * so no kept-alive connection to the dev server sits idle long enough to be closed under them.
 */
export async function failedReferrals(network: string, companyNames: readonly string[], token: string): Promise<string[]> {
  const references: string[] = [];
  for (const name of companyNames) references.push(await sendReferral(network, name));
  // Delivered first, so the queue is done with them before their rows are changed under it.
  for (const reference of references) {
    for (let tries = 0; (await deliveryStatus(token, reference)) !== 'delivered'; tries++) {
      if (tries > 150) throw new Error(`${reference} was not delivered to the development inbox`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const list = references.map((reference) => `'${reference}'`).join(', ');
  const run = spawnSync(
    path.join(root, 'scripts/wrangler'),
    ['d1', 'execute', 'DB', '--local', '--persist-to', inject('persistDir'), '--command', `UPDATE referrals SET delivery_status = 'failed' WHERE reference IN (${list})`],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`marking ${list} failed: ${run.stdout}${run.stderr}`);
  return references;
}
