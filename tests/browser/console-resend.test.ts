/**
 * Resending failed referrals in the network console, in real Chromium against `wrangler dev`: the
 * action is confirmed in the page, its outcome shows and is announced, and the referral is on its
 * way again.
 */
import { beforeAll, expect, test } from 'vitest';
import { DELIVERY_LABEL } from '../../console/text';
import { createToken } from './console-fixtures';
import { inboxLoaded, openReferral, signIn } from './console-user';
import { failedReferrals } from './delivery-fixtures';
import { describeInBrowser, usePage } from './page';
import { pageViolations } from './page-violations';

const NETWORK = 'cyberwerf';

let token: string;
let single: string;
let inBulk: string;

beforeAll(async () => {
  token = createToken({ network: NETWORK, name: 'Sanne Resend' });
  [single = '', inBulk = ''] = await failedReferrals(NETWORK, ['Drukkerij Resend', 'Kapsalon Resend'], token);
}, 90_000);

describeInBrowser('resending failed referrals in the console', () => {
  const { page, errors } = usePage();

  test('a failed referral is resent after a confirmation in the page, and shows it is on its way', async () => {
    await signIn(page(), token);
    await openReferral(page(), single);
    const delivery = page().getByRole('region', { name: 'Bezorging' });
    expect(await delivery.locator('dd').first().textContent()).toBe(DELIVERY_LABEL.failed);

    await page().getByRole('button', { name: 'Opnieuw versturen', exact: true }).click();
    const confirm = page().getByRole('group', { name: 'Opnieuw versturen' });
    await confirm.getByText(`Aanvraag ${single} opnieuw naar de systemen`).waitFor();
    expect(await pageViolations(page())).toEqual([]);
    await confirm.getByRole('button', { name: 'Ja, opnieuw versturen' }).click();

    await page().locator('.confirm-action').getByText(`Aanvraag ${single} staat weer in de wachtrij om bezorgd te worden.`).waitFor();
    expect(await delivery.locator('dd').first().textContent()).not.toBe(DELIVERY_LABEL.failed);
    expect(errors()).toEqual([]);
  });

  test('cancelling the confirmation changes nothing', async () => {
    await signIn(page(), token);
    await openReferral(page(), inBulk);
    await page().getByRole('button', { name: 'Opnieuw versturen', exact: true }).click();
    await page().getByRole('group', { name: 'Opnieuw versturen' }).getByRole('button', { name: 'Annuleren' }).click();
    await page().getByRole('button', { name: 'Opnieuw versturen', exact: true }).waitFor();
    const delivery = page().getByRole('region', { name: 'Bezorging' });
    expect(await delivery.locator('dd').first().textContent()).toBe(DELIVERY_LABEL.failed);
  });

  test('"resend all failed" in the inbox asks first, then says how many went back on the queue', async () => {
    await signIn(page(), token);
    await inboxLoaded(page());
    await page().getByRole('button', { name: 'Alle mislukte opnieuw versturen', exact: true }).click();
    await page().getByRole('group', { name: 'Alle mislukte opnieuw versturen' }).getByRole('button', { name: 'Ja, alle mislukte opnieuw versturen' }).click();
    await page().locator('.confirm-action').getByText('1 aanvraag staat weer in de wachtrij om bezorgd te worden.').waitFor();
    expect(await pageViolations(page())).toEqual([]);
    expect(errors()).toEqual([]);
  });
});
