/**
 * "Stuur een uitnodiging voor de hercheck", in real Chromium against `wrangler dev`: a coordinator
 * marks the scan done, is asked in the page before the invitation goes, sees it in the referral's
 * history and cannot send it twice; the e-mail reaches the development inbox's "E-mails" table
 * with the link that starts the re-check from the shared answers.
 */
import { beforeAll, expect, test } from 'vitest';
import { createToken, sendReferral } from './console-fixtures';
import { currentStatus, signIn } from './console-user';
import { NAVIGATION_TIMEOUT_MS, describeInBrowser, origin, usePage } from './page';
import { pageViolations } from './page-violations';

const NETWORK = 'cybernetwerk-utrecht';
const PERSON = 'Noor Jansen';

let token: string;
let reference: string;
const email = `hercheck.${crypto.randomUUID().slice(0, 8)}@voorbeeld.nl`;

beforeAll(async () => {
  token = createToken({ network: NETWORK, name: PERSON });
  reference = await sendReferral(NETWORK, 'Lijstenmakerij Zadelstraat', email);
}, 120_000);

describeInBrowser('the invitation to do the check again after the scan', () => {
  const { page, errors } = usePage();

  test('is offered once the scan is done, asked first, sent once, and reaches the development inbox', async () => {
    await signIn(page(), token);
    await page().goto(`${origin}/console#/aanvragen/${reference}`);
    await page().getByRole('heading', { name: 'Status', level: 2 }).waitFor();
    expect(await page().getByRole('button', { name: 'Stuur een uitnodiging voor de hercheck' }).count()).toBe(0);

    await page().getByRole('button', { name: 'Markeer als: scan gepland' }).click();
    await page().getByLabel('Dag van de scan').fill('2027-03-09');
    await page().getByRole('button', { name: 'Scan plannen' }).click();
    await page().getByText(`van Nieuw naar Scan gepland (door ${PERSON} (netwerk))`).waitFor();
    await page().getByRole('button', { name: 'Sluit af: scan gedaan' }).click();
    await page().getByRole('button', { name: 'Ja, sluit af: scan gedaan' }).click();
    await page().getByText('van Scan gepland naar Scan gedaan').waitFor();
    expect(await currentStatus(page())).toBe('Scan gedaan');

    await page().getByRole('button', { name: 'Stuur een uitnodiging voor de hercheck' }).click();
    await page().getByText(`Een e-mail naar ${email} sturen met een uitnodiging om de check opnieuw te doen?`).waitFor();
    expect(await pageViolations(page())).toEqual([]);
    await page().getByRole('button', { name: 'Ja, uitnodiging versturen' }).click();
    // The outcome in the page itself (the live region announces the same words).
    await page().locator('.confirm-action .saved').filter({ hasText: `De uitnodiging voor de hercheck gaat naar ${email}.` }).waitFor();
    await page().locator('ol.history li').filter({ hasText: `uitnodiging voor de hercheck gevraagd (door ${PERSON} (netwerk))` }).waitFor();
    expect(await page().getByRole('button', { name: /uitnodiging/i }).count()).toBe(0);

    // After a reload the page says where it stands and still offers no second invitation.
    await page().reload();
    await page().locator('.recheck-state').waitFor();
    expect(await page().getByRole('button', { name: /uitnodiging/i }).count()).toBe(0);

    const subject = `CyberScan: doe de check opnieuw na je scan (${reference})`;
    const mailRow = page().getByRole('table', { name: 'E-mails' }).getByRole('row').filter({ hasText: subject });
    await expect.poll(async () => (await page().goto(`${origin}/dev/inbox`), mailRow.count()), { timeout: NAVIGATION_TIMEOUT_MS, interval: 500 }).toBe(1);
    expect(await mailRow.getByText(email, { exact: true }).count()).toBe(1);
    const text = await mailRow.locator('pre').textContent();
    expect(text).toContain(`${origin}/frame?partner=demo&lang=nl&network=${NETWORK}#cyberscan=`);
    expect(text).toContain('&hercheck=scan');
    expect(errors()).toEqual([]);
  });
});
