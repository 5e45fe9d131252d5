/**
 * A coordinator's working day in the console, in real Chromium against `wrangler dev`: sign in
 * once, open a referral in a second tab without signing in again, plan the scan with a day and
 * who goes, try to close it and cancel, close it, reopen it with a reason; the history names the
 * person. Also: the note's limit and visible save, search, and "mogelijk dubbel".
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { createToken, sendReferral } from './console-fixtures';
import { currentStatus, inboxLoaded, signIn } from './console-user';
import { describeInBrowser, origin, usePage } from './page';
import { pageViolations } from './page-violations';

const NETWORK = 'cybernetwerk-utrecht';
const PERSON = 'Sanne de Boer';

/** The inbox row of `reference` (its own link, not a "mogelijk dubbel" link to it in another row). */
const rowOf = (page: Page, reference: string) => page.locator(`tr:has(th a#referral-${reference})`);

let token: string;
let planned: string;
let noted: string;
let first: string;
let second: string;

beforeAll(async () => {
  token = createToken({ network: NETWORK, name: PERSON });
  planned = await sendReferral(NETWORK, 'Drukkerij Oudegracht');
  noted = await sendReferral(NETWORK, 'Kapsalon Lombok');
  first = await sendReferral(NETWORK, 'Bakkerij Twijnstraat', 'info@bakkerij-twijnstraat.nl');
  second = await sendReferral(NETWORK, 'Bakkerij Twijnstraat B.V.', 'INFO@bakkerij-twijnstraat.nl');
  // Tokens come from the real admin CLI (a node and a wrangler process each): slow on a busy machine.
}, 120_000);

describeInBrowser('a coordinator in the console', () => {
  const { page, errors } = usePage();

  test('signs in once, works in a second tab, plans, cancels a close, closes and reopens; the history names her', async () => {
    await signIn(page(), token);
    const tab = await page().context().newPage();
    await tab.goto(`${origin}/console#/aanvragen/${planned}`);
    await tab.getByRole('heading', { name: 'Status', level: 2 }).waitFor();
    expect(await tab.getByLabel('Toegangscode').count()).toBe(0);

    await tab.getByRole('button', { name: 'Markeer als: scan gepland' }).click();
    await tab.getByLabel('Dag van de scan').fill('2027-03-09');
    await tab.getByLabel('Wie gaat er (niet verplicht)').fill('Joris en Aylin');
    await tab.getByRole('button', { name: 'Scan plannen' }).click();
    await tab.getByText(`van Nieuw naar Scan gepland (door ${PERSON} (netwerk))`).waitFor();
    expect(await tab.locator('.scan-planned').textContent()).toBe('Scan gepland op 9 mrt 2027, door Joris en Aylin.');

    await tab.getByRole('button', { name: 'Sluit af: geen scan' }).click();
    await tab.getByText('Deze aanvraag afsluiten als ‘Afgewezen of afgezien’?').waitFor();
    expect(await pageViolations(tab)).toEqual([]);
    await tab.getByRole('button', { name: 'Annuleren' }).click();
    await tab.getByRole('button', { name: 'Sluit af: geen scan' }).waitFor();
    expect(await currentStatus(tab)).toBe('Scan gepland');
    expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe('Sluit af: geen scan');

    await tab.getByRole('button', { name: 'Sluit af: scan gedaan' }).click();
    await tab.getByRole('button', { name: 'Ja, sluit af: scan gedaan' }).click();
    await tab.getByText('van Scan gepland naar Scan gedaan').waitFor();
    expect(await currentStatus(tab)).toBe('Scan gedaan');

    await tab.getByRole('button', { name: 'Heropen deze aanvraag' }).click();
    await tab.getByLabel('Reden', { exact: true }).fill('Rapport nog niet besproken met de eigenaar.');
    await tab.getByRole('button', { name: 'Heropenen' }).click();
    await tab.getByText('Reden: Rapport nog niet besproken met de eigenaar.').waitFor();
    expect(await currentStatus(tab)).toBe('Scan gepland');
    expect(await tab.locator('ol.history li').last().textContent()).toContain(`van Scan gedaan naar Scan gepland (door ${PERSON} (netwerk))`);

    await page().reload();
    await inboxLoaded(page());
    const row = rowOf(page(), planned);
    expect(await row.getByText('op 9 mrt 2027, Joris en Aylin').isVisible()).toBe(true);
    expect(errors()).toEqual([]);
  });

  test('a note over 500 characters is refused with a message and kept in the field; a saved one says so visibly', async () => {
    await signIn(page(), token);
    await page().goto(`${origin}/console#/aanvragen/${noted}`);
    await page().getByRole('heading', { name: 'Status', level: 2 }).waitFor();
    const tooLong = 'Belafspraak. '.repeat(40);
    await page().getByLabel('Interne notitie').fill(tooLong);
    await page().getByText(/De notitie is \d+ tekens te lang/).waitFor();
    await page().getByRole('button', { name: 'Notitie opslaan' }).click();
    await page().locator('.problem').getByText('De notitie is te lang').waitFor();
    expect(await page().getByLabel('Interne notitie').inputValue()).toBe(tooLong);

    await page().getByLabel('Interne notitie').fill('Bellen na 14:00.');
    await page().getByRole('button', { name: 'Notitie opslaan' }).click();
    await page().locator('.saved').getByText(/^Notitie opgeslagen om \d{2}:\d{2}\.$/).waitFor();
    await page().reload();
    await page().getByRole('heading', { name: 'Status', level: 2 }).waitFor();
    expect(await page().getByLabel('Interne notitie').inputValue()).toBe('Bellen na 14:00.');
  });

  test('finds a referral by company, and marks two requests from one e-mail address as "mogelijk dubbel"', async () => {
    await signIn(page(), token);
    await page().getByLabel('Zoek op bedrijf, naam, e-mail of referentie').fill('twijnstraat');
    await page().getByRole('button', { name: 'Zoeken' }).click();
    await page().waitForFunction(() => location.hash.includes('q=twijnstraat'));
    await inboxLoaded(page());
    await rowOf(page(), first).waitFor();
    const references = await page().locator('table.inbox tbody th a').allTextContents();
    expect(references.sort()).toEqual([first, second].sort());
    expect(await rowOf(page(), first).getByText('Mogelijk dubbel').isVisible()).toBe(true);
    expect(await rowOf(page(), second).getByText('Mogelijk dubbel').isVisible()).toBe(true);
    expect(await pageViolations(page())).toEqual([]);

    await page().locator(`#referral-${second}`).click();
    await page().getByRole('button', { name: `Voeg samen met ${first} (sluit deze af als dubbel)` }).click();
    await page().getByRole('button', { name: 'Ja, sluit af als dubbel' }).click();
    await page().locator('main').getByText(`Afgesloten als dubbel van ${first}.`).waitFor();
    await page().locator('main').getByRole('link', { name: first, exact: true }).click();
    await page().locator('main').getByText(`Samengevoegd met de dubbele aanvragen ${second}.`).waitFor();
  });
});
