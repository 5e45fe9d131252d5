/**
 * @module The browser part of `npm run bench`: the widget and the two floor elements side by side
 * in Debian's Chromium (playwright-core), a Pixel 5 viewport, the CPU throttled 4x over CDP, each run
 * in a fresh context (nothing saved, nothing cached). Medians of every screen change and the
 * Total Blocking Time from load to the end of the flow.
 */
import type { Browser, Page } from 'playwright-core';
import { bankStructure } from '../../../core/bank/index';
import { nl } from '../../../widget/i18n/nl';
import { findChromium, launchChromium } from '../../../tests/browser/chromium';
import { medianOf } from '../measure';
import { recordLongTasks, screenChange, totalBlockingTime } from './in-page';

/** A cheap phone: CPU slowed down 4x (Lighthouse's mobile setting), Pixel 5 screen. */
const CPU_SLOWDOWN = 4;
const PIXEL_5 = { viewport: { width: 393, height: 851 }, deviceScaleFactor: 2.75, isMobile: true, hasTouch: true } as const;

export interface FlowTimes {
  /** Click "start" to the next screen painted. */
  readonly start: number;
  /** Click "skip" to the first question painted and focused. */
  readonly skip: number;
  /** Click "next" on a question to the next question painted and focused (median over the questions). */
  readonly question: number;
  /** The slowest of those question changes. */
  readonly slowestQuestion: number;
  /** Click "finish" to the result's top painted and focused; widget only. */
  readonly result?: number;
  /** Click "finish" to the whole result painted, its end (rendered after the top's paint) included; widget only. */
  readonly wholeResult?: number;
  /** Total Blocking Time from navigation to the end of the flow (the whole result on screen). */
  readonly tbt: number;
}

async function throttledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext(PIXEL_5);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(recordLongTasks);
  return page;
}

const change = async (page: Page, tag: string, name: string, answer: string | null = null) =>
  (await page.evaluate(screenChange, [tag, name, answer] as const)).ready;

/** One visitor through the widget: start, skip the profile, answer every question "ja", the result. */
async function widgetRun(browser: Browser, origin: string): Promise<FlowTimes> {
  const page = await throttledPage(browser);
  await page.goto(`${origin}/widget`);
  await page.getByRole('button', { name: nl.intro.start, exact: true }).waitFor({ timeout: 60_000 });
  const start = await change(page, 'cyber-scan', nl.intro.start);
  const skip = await change(page, 'cyber-scan', nl.profile.skip);
  const questions: number[] = [];
  for (let i = 0; i < QUESTION_CHANGES; i++) questions.push(await change(page, 'cyber-scan', nl.nav.next, nl.answers.yes));
  // The result's end renders after its top's paint, in idle time: timed to both, and the blocking
  // time read once the whole result is there and the page idle.
  const { ready: result, whole: wholeResult } = await page.evaluate(screenChange, ['cyber-scan', nl.nav.finish, nl.answers.yes, nl.result.restart] as const);
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  const tbt = await page.evaluate(totalBlockingTime);
  await page.context().close();
  return { start, skip, question: medianOf(questions), slowestQuestion: Math.max(...questions), result, wholeResult, tbt };
}

/** The widget's question changes in a run: "next" on every question but the last. */
const QUESTION_CHANGES = bankStructure.questions.length - 1;

/** A floor element: its page, its tag and the names of the buttons the bench clicks. */
interface Floor {
  readonly path: string;
  readonly tag: string;
  readonly start: string;
  readonly skip: string;
  readonly next: string;
  readonly yes: string;
}

/** The minimal floor (floor.tsx) and the one with the widget's own screens (floor-same.tsx). */
const MINIMAL: Floor = { path: '/floor', tag: 'bench-floor', start: 'Start de scan', skip: 'Overslaan', next: 'Volgende', yes: 'Ja' };
const SAME_CONTENT: Floor = { path: '/floor-same', tag: 'bench-floor-same', start: nl.intro.start, skip: nl.profile.skip, next: nl.nav.next, yes: nl.answers.yes };

/**
 * The same screen changes on a floor element: start, skip, then as many question changes as the
 * widget's, so that the slowest of a run is the slowest of as many.
 */
async function floorRun(browser: Browser, origin: string, floor: Floor): Promise<FlowTimes> {
  const page = await throttledPage(browser);
  await page.goto(`${origin}${floor.path}`);
  await page.getByRole('button', { name: floor.start, exact: true }).waitFor({ timeout: 60_000 });
  const start = await change(page, floor.tag, floor.start);
  const skip = await change(page, floor.tag, floor.skip);
  const questions: number[] = [];
  for (let i = 0; i < QUESTION_CHANGES; i++) questions.push(await change(page, floor.tag, floor.next, floor.yes));
  const tbt = await page.evaluate(totalBlockingTime);
  await page.context().close();
  return { start, skip, question: medianOf(questions), slowestQuestion: Math.max(...questions), tbt };
}

/**
 * Medians of `runs` runs of each, alternating, so that a busy spell of the machine hits all alike:
 * the widget, both floors and, given `beforeOrigin` (another build served beside it), that build.
 */
export async function browserBench(
  origin: string,
  runs: number,
  beforeOrigin?: string,
): Promise<{ widget: FlowTimes; floor: FlowTimes; sameContent: FlowTimes; before?: FlowTimes } | null> {
  const executable = findChromium();
  if (!executable) return null;
  const browser = await launchChromium(executable);
  try {
    const widget: FlowTimes[] = [];
    const floor: FlowTimes[] = [];
    const sameContent: FlowTimes[] = [];
    const before: FlowTimes[] = [];
    for (let i = 0; i < runs; i++) {
      if (beforeOrigin) before.push(await widgetRun(browser, beforeOrigin));
      widget.push(await widgetRun(browser, origin));
      floor.push(await floorRun(browser, origin, MINIMAL));
      sameContent.push(await floorRun(browser, origin, SAME_CONTENT));
    }
    const median = (all: FlowTimes[]): FlowTimes => ({
      start: medianOf(all.map((t) => t.start)),
      skip: medianOf(all.map((t) => t.skip)),
      question: medianOf(all.map((t) => t.question)),
      slowestQuestion: medianOf(all.map((t) => t.slowestQuestion)),
      result: medianOf(all.flatMap((t) => (t.result === undefined ? [] : [t.result]))),
      wholeResult: medianOf(all.flatMap((t) => (t.wholeResult === undefined ? [] : [t.wholeResult]))),
      tbt: medianOf(all.map((t) => t.tbt)),
    });
    return { widget: median(widget), floor: median(floor), sameContent: median(sameContent), ...(beforeOrigin && { before: median(before) }) };
  } finally {
    await browser.close();
  }
}
