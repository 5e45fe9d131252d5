/**
 * @module Drives the console (/console) like a network's staff member: sign in, open a referral,
 * move through it with the keyboard. The console's own texts are the selectors, as a user reads them.
 */
import type { Page } from 'playwright-core';
import { origin } from './page';

/** Every token in these tests has referrals, so a loaded inbox is a table. */
export const inboxLoaded = (page: Page) => page.getByRole('table', { name: 'Aanvragen, nieuwste eerst' }).waitFor();

export async function signIn(page: Page, token: string): Promise<void> {
  await page.goto(`${origin}/console`);
  await page.getByLabel('Toegangscode').fill(token);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await inboxLoaded(page);
}

export const openReferral = async (page: Page, reference: string) => {
  await page.getByRole('link', { name: reference, exact: true }).click();
  await page.getByRole('heading', { name: `Aanvraag ${reference}`, level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Status', level: 2 }).waitFor();
};

/** The text of the focused element, and its outline style (a visible focus ring is not `none`). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return { text: element.textContent?.trim() ?? '', outline: getComputedStyle(element).outlineStyle };
  });

/** Presses Tab until the element reading `text` has focus. */
export async function tabTo(page: Page, text: string): Promise<{ text: string; outline: string }> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.text === text) return now;
  }
  throw new Error(`"${text}" did not get focus within 30 presses of Tab`);
}

export const currentStatus = (page: Page) => page.locator('.current-status strong').textContent();
