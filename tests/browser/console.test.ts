/**
 * The network console at /console, in real Chromium against `wrangler dev`: signing in with a
 * token from the admin CLI (exchanged for a session cookie), the referral inbox and its workflow,
 * statistics, and that a network sees its own referrals only. Every screen is checked with axe-core.
 * A coordinator's working day is in console-coordinator.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, test } from 'vitest';
import { DELIVERY_LABEL } from '../../console/text';
import { bankAdviceNl } from '../../core/bank/index';
import { MIXED, createToken, sendReferral, sendResults } from './console-fixtures';
import { currentStatus, focused, inboxLoaded, openReferral, signIn, tabTo } from './console-user';
import { MIXED_ANSWERS, outcomeOf } from './flow';
import { describeInBrowser, origin, usePage } from './page';
import { pageViolations } from './page-violations';

const NETWORK_A = { id: 'cyberwerf', name: 'Cyberwerf' };
const NETWORK_B = 'cyber-safety-noord-nederland';
/** Gets its referrals through the demo partner, which has no network of its own: they count for Utrecht. */
const NETWORK_C = 'cybernetwerk-utrecht';

let tokenA: string;
let tokenB: string;
let tokenC: string;
let adminToken: string;
let referralA: string;
let workflowReferral: string;
let referralB: string;
let keyboardReferral: string;

beforeAll(async () => {
  [tokenA, tokenB, tokenC, adminToken] = [
    createToken({ network: NETWORK_A.id, name: 'Sanne de Boer' }),
    createToken({ network: NETWORK_B, name: 'Pieter Hoekstra' }),
    createToken({ network: NETWORK_C, name: 'Ayse Demir' }),
    createToken({ admin: true, name: 'Beheer CyberScan' }),
  ];
  referralA = await sendReferral(NETWORK_A.id, 'Bakkerij Hofstede', 'fatima@voorbeeld.nl');
  workflowReferral = await sendReferral(NETWORK_A.id, 'Installatiebedrijf Verhoef');
  referralB = await sendReferral(NETWORK_B, 'Zuivelhandel Fries');
  keyboardReferral = await sendReferral(NETWORK_A.id, 'Fietsenmaker Bos');
  for (const name of ['Drukkerij Smit', 'Kapsalon Noor', 'Bouwbedrijf Kaya', 'Tandarts Peeters', 'Webwinkel Lotus']) await sendReferral(NETWORK_C, name);
  // A group of five: the smallest the statistics show (core/statistics/suppression.ts).
  await sendResults(5, { sector: 'agriculture', size: '50-249' });
  // Three admin tool runs and nine API calls: vitest.config.ts's hook timeout, which holds on a busy machine.
});

describeInBrowser('the network console', () => {
  const { page, errors } = usePage();

  test('a network signs in with its token, sees its name, and the sign-in and inbox have no axe violations', async () => {
    await page().goto(`${origin}/console`);
    await page().getByRole('heading', { name: 'Aanmelden bij de CyberScan console' }).waitFor();
    expect(await pageViolations(page())).toEqual([]);

    await page().getByLabel('Toegangscode').fill(tokenA);
    await page().keyboard.press('Enter');
    await inboxLoaded(page());

    expect(await page().getByText(`Netwerk: ${NETWORK_A.name}`).isVisible()).toBe(true);
    expect(await page().getByRole('link', { name: referralA, exact: true }).isVisible()).toBe(true);
    expect(await pageViolations(page())).toEqual([]);
    expect(errors()).toEqual([]);
  });

  test('a wrong token is refused with a message, and nothing is kept', async () => {
    await page().goto(`${origin}/console`);
    await page().getByLabel('Toegangscode').fill('cst_not-a-real-token');
    await page().getByRole('button', { name: 'Aanmelden', exact: true }).click();

    await page().getByRole('alert').getByText('Deze toegangscode is niet geldig of is ingetrokken.').waitFor();
    expect(await page().context().cookies()).toEqual([]);
    expect(await page().evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  });

  test('signing in keeps the token out of the page: only an HttpOnly, SameSite=Strict cookie holds the session', async () => {
    await signIn(page(), tokenA);
    const cookies = await page().context().cookies();
    expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([
      { name: 'cyberscan-session', httpOnly: true, sameSite: 'Strict' },
    ]);
    expect(cookies[0]?.value).not.toContain(tokenA);
    expect(await page().evaluate(() => document.cookie + JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }))).not.toContain('cst_');
  });

  test('the inbox lists newest first, and a referral shows contact data, shared answers and advice, with no axe violations', async () => {
    await signIn(page(), tokenA);
    const references = await page().locator('table.inbox tbody th a').allTextContents();
    expect(references.indexOf(workflowReferral)).toBeLessThan(references.indexOf(referralA));

    await openReferral(page(), referralA);
    const [firstAction] = outcomeOf(MIXED_ANSWERS).assessment.actions;
    const advice = bankAdviceNl.questions[firstAction!]![MIXED[firstAction!] as 'no' | 'partial' | 'unknown'];
    expect(await page().getByText('Bakkerij Hofstede').isVisible()).toBe(true);
    expect(await page().getByRole('link', { name: 'fatima@voorbeeld.nl' }).isVisible()).toBe(true);
    expect(await page().getByText(`Advies: ${advice}`).isVisible()).toBe(true);
    const delivery = page().getByRole('region', { name: 'Bezorging' });
    expect(Object.values(DELIVERY_LABEL)).toContain(await delivery.locator('dd').first().textContent());
    expect(await pageViolations(page())).toEqual([]);
  });

  test('a referral moves new → contacted → scan planned with a note, offering only valid next steps, and keeps it after a reload', async () => {
    await signIn(page(), tokenA);
    await openReferral(page(), workflowReferral);
    expect(await currentStatus(page())).toBe('Nieuw');
    const first = await page().getByRole('group', { name: 'Volgende stap:' }).getByRole('button').allTextContents();
    expect(first).toEqual(['Markeer als: contact gehad', 'Markeer als: scan gepland', 'Sluit af: geen scan']);

    await page().getByRole('button', { name: 'Markeer als: contact gehad' }).click();
    await page().getByText('van Nieuw naar Contact gehad').waitFor();
    await page().getByLabel('Interne notitie').fill('Scan op dinsdag 12 mei, twee studenten.');
    await page().getByRole('button', { name: 'Markeer als: scan gepland' }).click();
    await page().getByLabel('Dag van de scan').fill('2027-05-12');
    await page().getByRole('button', { name: 'Scan plannen' }).click();
    await page().getByText('van Contact gehad naar Scan gepland').waitFor();

    const steps = await page().getByRole('group', { name: 'Volgende stap:' }).getByRole('button').allTextContents();
    expect(steps).toEqual(['Sluit af: scan gedaan', 'Sluit af: geen scan', 'Wijzig de planning']);

    await page().reload();
    await page().getByRole('heading', { name: 'Status', level: 2 }).waitFor();
    expect(await currentStatus(page())).toBe('Scan gepland');
    expect(await page().getByLabel('Interne notitie').inputValue()).toBe('Scan op dinsdag 12 mei, twee studenten.');
    expect(errors()).toEqual([]);
  });

  test('a referral can be opened and moved with the keyboard alone, focus following and always visible', async () => {
    await page().goto(`${origin}/console`);
    await page().getByLabel('Toegangscode').focus();
    await page().keyboard.type(tokenA);
    await page().keyboard.press('Enter');
    await inboxLoaded(page());
    expect((await focused(page())).text).toBe('Aanvragen');

    expect((await tabTo(page(), keyboardReferral)).outline).toBe('solid');
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { name: 'Status', level: 2 }).waitFor();
    expect((await focused(page())).text).toBe(`Aanvraag ${keyboardReferral}`);

    expect((await tabTo(page(), 'Markeer als: contact gehad')).outline).toBe('solid');
    await page().keyboard.press('Enter');
    await page().getByText('van Nieuw naar Contact gehad').waitFor();
    expect((await focused(page())).text).toBe('Huidige status: Contact gehad');
  });

  test("network A's token does not show network B's referral, not in the list and not by its reference", async () => {
    await signIn(page(), tokenA);
    expect(await page().getByRole('link', { name: referralB, exact: true }).count()).toBe(0);

    await page().goto(`${origin}/console#/aanvragen/${referralB}`);
    await page().locator('.problem').getByText('Deze aanvraag bestaat niet, of hoort bij een ander netwerk.').waitFor();
    expect(await page().getByText('Zuivelhandel Fries').count()).toBe(0);
  });

  test("network B sees its own referral and none of network A's", async () => {
    await signIn(page(), tokenB);
    expect(await page().locator('table.inbox tbody th a').allTextContents()).toEqual([referralB]);
  });

  test('an admin sees network names, not ids, and filters the inbox by network', async () => {
    await signIn(page(), adminToken);
    const row = page().locator(`tr:has(th a#referral-${referralA})`);
    expect(await row.getByRole('cell', { name: NETWORK_A.name, exact: true }).isVisible()).toBe(true);
    await page().getByLabel('Netwerk').selectOption(NETWORK_B);
    await page().getByRole('button', { name: 'Zoeken' }).click();
    await page().waitForFunction((id) => location.hash.includes(`network=${id}`), NETWORK_B);
    await inboxLoaded(page());
    await page().locator(`#referral-${referralB}`).waitFor();
    expect(await page().locator('table.inbox tbody th a').allTextContents()).toEqual([referralB]);
  });

  test("a network's referral count in the statistics equals its inbox's, for referrals from a partner without a network", async () => {
    await signIn(page(), tokenC);
    const inbox = await page().locator('table.inbox tbody tr').count();
    await page().getByRole('link', { name: 'Statistieken' }).click();
    await page().getByRole('heading', { name: 'Aanvragen voor een scan' }).waitFor();

    // The inbox holds every referral, all made today, so all inside the statistics' current quarter.
    expect(inbox).toBeGreaterThanOrEqual(5);
    expect(await page().locator('[aria-labelledby="referrals-title"]').textContent()).toBe(String(inbox));
  });

  test('the statistics say what "< 5" means, and a network with few referrals reads it, with no axe violations', async () => {
    await signIn(page(), tokenA);
    const inbox = await page().locator('table.inbox tbody tr').count();
    await page().getByRole('link', { name: 'Statistieken' }).click();
    await page().getByRole('heading', { name: 'Ingevulde checks', exact: true }).waitFor();

    expect(await page().locator('[aria-labelledby="referrals-title"]').textContent()).toBe(inbox < 5 ? '< 5' : String(inbox));
    expect(await page().locator('#suppressed-meaning').textContent()).toContain('minder dan 5 bedrijven');
    expect(await pageViolations(page())).toEqual([]);
  });

  test('an admin picks a year and the whole country, and reads the tables', async () => {
    await signIn(page(), adminToken);
    expect(await page().getByText('Beheerder: alle netwerken').isVisible()).toBe(true);
    await page().getByRole('link', { name: 'Statistieken' }).click();
    await page().getByLabel('Soort periode').selectOption('year');
    await page().getByLabel('Gebied').selectOption('');
    await page().getByRole('button', { name: 'Toon statistieken' }).click();
    await page().getByText(`Anonieme uitkomsten van de check in heel Nederland, ${new Date().getUTCFullYear()}.`).waitFor();

    expect(Number(await page().locator('.total').first().textContent())).toBeGreaterThanOrEqual(5);
    const agriculture = page().getByRole('table', { name: 'Per sector' }).getByRole('row', { name: /Land- en tuinbouw/ });
    expect(await agriculture.locator('td').textContent()).toMatch(/^(\d+|< 5)$/);
    await page().getByText('Toon als tabel').first().click();
    expect(await page().getByRole('table', { name: 'Aantal checks per kleur' }).isVisible()).toBe(true);
    expect(await pageViolations(page())).toEqual([]);
  });

  test('the CSV export downloads the network\'s referrals', async () => {
    await signIn(page(), tokenA);
    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'Exporteer als CSV' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');

    expect(download.suggestedFilename()).toMatch(/^cyberscan-aanvragen-cyberwerf-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text).toContain(referralA);
    expect(text).not.toContain(referralB);
  });

  test('a session that ends meanwhile sends the user back to sign in, with the reason', async () => {
    await signIn(page(), tokenA);
    await page().context().clearCookies();
    await page().getByRole('link', { name: referralA, exact: true }).click();

    // The notice on the sign-in form; the live region may still be announcing the same words.
    await page().locator('#signed-out', { hasText: 'Je bent afgemeld: je sessie is verlopen of beëindigd' }).waitFor();
    expect(await page().getByLabel('Toegangscode').isVisible()).toBe(true);
  });

  test('signing out ends the session on the server: the old cookie, put back, no longer signs in', async () => {
    await signIn(page(), tokenA);
    const cookies = await page().context().cookies();
    await page().getByRole('button', { name: 'Afmelden' }).click();
    await page().getByText('Je bent afgemeld.').waitFor();
    await page().context().addCookies(cookies);
    await page().reload();

    await page().getByRole('heading', { name: 'Aanmelden bij de CyberScan console' }).waitFor();
    expect(await page().getByText('Netwerk: Cyberwerf').count()).toBe(0);
  });
});
