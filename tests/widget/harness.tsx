/** Renders the widget's root component into a light-DOM host and drives it like a visitor. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Answer } from '../../core/answers';
import { bankAdviceNl, bankStructure } from '../../core/bank/index';
import type { Lang } from '../../core/bank/types';
import { CyberScan } from '../../widget/components/CyberScan';
import { ScoredResult } from '../../widget/components/ScoredResult';
import { nl } from '../../widget/i18n/nl';
import { openStart } from '../../widget/restore/open';
import { runtime } from '../../widget/runtime';

// No API in these tests: the anonymous result is sent into the void, as when a visitor is
// offline. Tests that need the API stub fetch themselves. happy-dom runs no scripts, so the
// harness plays the part of widget-result.js and widget-advice.js and registers the result screen
// and the Dutch advice, as when they loaded during the questions, and of widget-restore.js, as
// when it loaded for a link or older saved progress; tests/widget/advice-loading.test.tsx,
// result-loading.test.tsx and restore-loading.test.tsx take them away.
beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  runtime.result = ScoredResult;
  runtime.advice = bankAdviceNl;
  runtime.restore = openStart;
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
  delete runtime.result;
  delete runtime.advice;
  delete runtime.restore;
});

// Progress is saved per partner (and kept in memory for the page's life), so every render gets
// its own partner unless a test wants to come back to the same one, as after a reload.
let renders = 0;

export const questions = bankStructure.questions;

export interface RenderOptions {
  readonly partner?: string;
  readonly lang?: Lang;
  readonly api?: string;
  /** The `stats` attribute: `off` keeps the anonymous result in the browser. */
  readonly stats?: string;
  readonly network?: string;
  /** The `organiser` attribute: who offers the check on this page. */
  readonly organiser?: string;
}

/** Renders the widget; rendering again with the same partner is like reloading the page. */
export function renderWidget({ partner = `partner-${++renders}`, lang = 'nl', api = 'https://api.test', stats, network, organiser }: RenderOptions = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const options = { partner, lang, api, stats, network, organiser };
  const result = render(<CyberScan host={host} {...options} />, { container: host });
  return { host, ...result };
}

export const pressButton = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

export const chooseOption = (label: string) => fireEvent.click(screen.getByRole('radio', { name: label }));

/** From the intro to the first question, skipping the profile. */
export function startAssessment(): void {
  pressButton(nl.intro.start);
  pressButton(nl.nav.next);
}

/** `answer` where question `index` offers it; "no" where it does not (a "partly" on a yes-or-no question). */
export const offered = (index: number, answer: Answer): Answer => (questions[index]!.answers.includes(answer) ? answer : 'no');

const answerOfLabel = (label: string): Answer => (Object.keys(nl.answers) as Answer[]).find((a) => nl.answers[a] === label) ?? 'yes';

/**
 * Answers every question in Dutch, question by question; `pick` returns the option label. An
 * answer a question does not offer is answered "Nee" instead, as `answersFrom` does.
 */
export function answerAll(pick: (index: number) => string = () => nl.answers.yes): void {
  questions.forEach((_, index) => {
    chooseOption(nl.answers[offered(index, answerOfLabel(pick(index)))]);
    pressButton(index === questions.length - 1 ? nl.nav.finish : nl.nav.next);
  });
}

/** The same answers as core sees them. */
export const answersFrom = (pick: (index: number) => Answer) =>
  Object.fromEntries(questions.map((q, index) => [q.id, offered(index, pick(index))]));

/**
 * Waits for the part of the result rendered once its top is painted (widget/when-idle.ts): the
 * chart, the advice, the link to keep and the buttons at the end.
 */
export const wholeResult = (): Promise<HTMLElement> => screen.findByRole('button', { name: nl.result.restart });
