import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import type { DeliveryStatusReport, ResendResponse } from '../../core/delivery-api';
import { getReferral, markDelivered, markFailed } from '../../worker/data';
import { NETWORK_A, NETWORK_B, bearer, getWith, issueToken, referralFor } from './access-fixtures';
import { ORIGIN } from './fetch';

const postWith = (token: string, path: string) =>
  exports.default.fetch(new Request(`${ORIGIN}${path}`, { method: 'POST', headers: { ...bearer(token), Origin: ORIGIN } }));

async function failedReferral(networkId: string) {
  const referral = await referralFor(networkId);
  await markFailed(env.DB, referral.id);
  return referral;
}

describe('resending failed referrals from the console', () => {
  it('puts one failed referral back on the queue: it is queued again, and the answer says so', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const referral = await failedReferral(NETWORK_A);
    const res = await postWith(token, `/api/v1/console/referrals/${referral.reference}/resend`);
    expect(res.status).toBe(200);
    expect((await res.json()) as ResendResponse).toEqual({ resent: 1 });
    expect((await getReferral(env.DB, referral.id))?.deliveryStatus).toBe('queued');
  });

  it("refuses another network's referral with 404 and one not failed with 409 not_failed", async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const theirs = await failedReferral(NETWORK_B);
    expect((await postWith(token, `/api/v1/console/referrals/${theirs.reference}/resend`)).status).toBe(404);
    expect((await getReferral(env.DB, theirs.id))?.deliveryStatus).toBe('failed');
    const delivered = await referralFor(NETWORK_A);
    await markDelivered(env.DB, delivered.id);
    const res = await postWith(token, `/api/v1/console/referrals/${delivered.reference}/resend`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.code).toBe('not_failed');
  });

  it("resends all of a network's failed referrals, and none of another network's", async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const ours = await Promise.all([1, 2, 3].map(() => failedReferral(NETWORK_A)));
    const theirs = await failedReferral(NETWORK_B);
    const res = await postWith(token, '/api/v1/console/referrals/resend-failed');
    expect(res.status).toBe(200);
    expect(((await res.json()) as ResendResponse).resent).toBeGreaterThanOrEqual(3);
    for (const r of ours) expect((await getReferral(env.DB, r.id))?.deliveryStatus).toBe('queued');
    expect((await getReferral(env.DB, theirs.id))?.deliveryStatus).toBe('failed');
    expect((await postWith(token, `/api/v1/console/referrals/resend-failed?network=${NETWORK_B}`)).status).toBe(403);
  });
});

describe('GET /api/v1/console/delivery/status', () => {
  it('tells an admin the counts per delivery status and the age of the oldest undelivered referral', async () => {
    const admin = await issueToken({ kind: 'admin' });
    const waiting = await referralFor(NETWORK_A, {}, new Date(Date.now() - 3 * 3_600_000));
    const res = await getWith(admin, '/api/v1/console/delivery/status');
    expect(res.status).toBe(200);
    const report = (await res.json()) as DeliveryStatusReport;
    expect(Object.keys(report.counts).sort()).toEqual(['cancelled', 'delivered', 'failed', 'pending', 'queued']);
    expect(report.counts.pending).toBeGreaterThanOrEqual(1);
    expect(report.oldestUndeliveredAgeSeconds).toBeGreaterThanOrEqual(3 * 3600);
    expect((await getReferral(env.DB, waiting.id))?.deliveryStatus).toBe('pending');
  });

  it('is for admins only', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    expect((await getWith(token, '/api/v1/console/delivery/status')).status).toBe(403);
  });
});
