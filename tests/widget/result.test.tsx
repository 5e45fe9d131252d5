import { render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Answer } from '../../core/answers';
import { bankAdviceNl, bankStructure, bankTextsNl } from '../../core/bank/index';
import { ceilingFor, scoreAssessment, TOP_ACTIONS } from '../../core/scoring';
import { dutchBank } from '../../widget/bank/load-bank';
import { ScoreChart } from '../../widget/components/ScoreChart';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import { answerAll, answersFrom, pressButton, questions, renderWidget, startAssessment, offered, wholeResult } from './harness';

afterEach(() => {
  vi.unstubAllGlobals();
});

const label: Record<Answer, string> = nl.answers;

/** A mixed set: "no" on the first questions, "don't know" on two, "not applicable" where allowed. */
const mixed = (index: number): Answer => {
  if (index < 2) return 'no';
  if (index === 3 || index === 4) return 'unknown';
  if (questions[index]!.answers.includes('na')) return 'na';
  return index % 2 ? 'partial' : 'yes';
};

async function finish(pick: (index: number) => Answer, partner?: string) {
  const rendered = renderWidget({ partner });
  const complete = vi.fn();
  rendered.host.addEventListener('cyberscan:complete', complete);
  startAssessment();
  answerAll((index) => label[pick(index)]);
  await wholeResult();
  return { ...rendered, complete, assessment: scoreAssessment(bankStructure, answersFrom(pick)) };
}

describe('result', () => {
  test('shows the overall score from core scoring with its band in words', async () => {
    const { assessment } = await finish(mixed);
    const band = nl.result.bands[assessment.band];
    const line = `${assessment.overall} ${nl.result.outOf} ${band.name}`;
    expect(screen.queryAllByText((_, el) => el?.tagName === 'P' && el.textContent === line)).toHaveLength(1);
    expect(screen.queryAllByText(band.meaning)).toHaveLength(1);
  });

  test('names the one missing critical measure that holds a green score at orange, as its reason, without talking of an average', async () => {
    const gap = questions.findIndex((q) => q.critical);
    const { assessment } = await finish((index) => (index === gap ? 'no' : 'yes'));
    expect([assessment.overall, assessment.band]).toEqual([ceilingFor(1), 'orange']);
    const line = screen.getByText(fill(nl.result.capped.one, { band: nl.result.bands.orange.name }));
    expect(line.textContent).toBe('Oranje, omdat deze basismaatregel nog ontbreekt:');
    expect(line.nextElementSibling!.textContent).toBe(bankTextsNl.questions[questions[gap]!.id]!.text);
    expect(screen.queryByText(/gemiddelde/)).toBeNull();
  });

  test('names every missing critical measure when two or more hold the score at red', async () => {
    const twoCritical = questions.flatMap((q, index) => (q.critical ? [index] : [])).slice(0, 2);
    const { assessment } = await finish((index) => (twoCritical.includes(index) ? 'unknown' : 'yes'));
    expect([assessment.overall, assessment.band]).toEqual([ceilingFor(2), 'red']);
    const line = screen.getByText(fill(nl.result.capped.more, { band: nl.result.bands.red.name }));
    const listed = [...line.nextElementSibling!.querySelectorAll('li')].map((li) => li.textContent);
    expect(listed).toEqual(assessment.criticalGaps.map((id) => bankTextsNl.questions[id]!.text));
    expect(listed.length).toBeGreaterThan(1);
  });

  test('names a missing critical measure without calling it the reason when the score is low anyway', async () => {
    const gap = questions.findIndex((q) => q.critical);
    const { assessment } = await finish((index) => (index === gap ? 'no' : 'unknown'));
    expect(assessment.overall).toBeLessThan(ceilingFor(assessment.criticalGaps.length));
    const note = screen.getByText(nl.result.criticalGapNote);
    expect(note.nextElementSibling!.querySelectorAll('li').length).toBe(assessment.criticalGaps.length);
    expect(screen.queryByText(/omdat/)).toBeNull();
  });

  test('says nothing of missing measures without a critical gap', async () => {
    await finish(() => 'yes');
    expect(screen.queryByText(/omdat/)).toBeNull();
    expect(screen.queryByText(nl.result.criticalGapNote)).toBeNull();
  });

  test('says the result is indicative', async () => {
    await finish(mixed);
    expect(screen.queryAllByText(nl.result.disclaimer)).toHaveLength(1);
  });

  test('moves focus to the result heading', async () => {
    await finish(mixed);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: nl.result.title }));
  });

  test('draws the principle scores as an SVG image described by a list of the same scores', async () => {
    const { assessment } = await finish(mixed);
    const chart = screen.getByRole('img', { name: nl.result.chartTitle });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    const description = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    const items = [...description.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(
      assessment.principles.map((p) => `${bankTextsNl.principles[p.id].title}: ${p.score ?? nl.result.notApplicable}`),
    );
  });

  test('shows a principle without a score (all "not applicable") as "niet van toepassing"', () => {
    // No principle of the current bank can be wholly "not applicable", so the chart is fed directly.
    const scores = bankStructure.principles.map((id, i) => ({ id, score: i === 0 ? null : 50 }));
    render(<ScoreChart principles={dutchBank.principles} scores={scores} text={nl.result} />);
    const chart = screen.getByRole('img', { name: nl.result.chartTitle });
    expect(chart.querySelectorAll('rect.fill')).toHaveLength(scores.length - 1);
    expect(chart.textContent).toContain(`${bankTextsNl.principles[scores[0]!.id].title}niet van toepassing`);
    expect(screen.queryAllByText(`${bankTextsNl.principles[scores[0]!.id].title}: niet van toepassing`, { selector: 'li' })).toHaveLength(1);
  });

  test(`lists the top ${TOP_ACTIONS} actions with the advice that fits each answer and what to ask a supplier`, async () => {
    const { assessment } = await finish(mixed);
    const steps = screen.getByRole('heading', { level: 3, name: nl.result.topActions }).nextElementSibling as HTMLElement;
    const items = within(steps).getAllByRole('listitem');
    expect(items).toHaveLength(TOP_ACTIONS);
    assessment.actions.slice(0, TOP_ACTIONS).forEach((id, i) => {
      const index = questions.findIndex((q) => q.id === id);
      const advice = bankAdviceNl.questions[id]!;
      const answer = offered(index, mixed(index)) as 'no' | 'partial' | 'unknown';
      expect(items[i]!.textContent).toContain(advice[answer]);
      expect(items[i]!.querySelector('details summary')?.textContent).toBe('Wat vraag je je IT-leverancier?');
      expect(items[i]!.querySelector('details p')?.textContent).toBe(advice.askSupplier);
    });
  });

  test('groups all advice per principle in foldable sections', async () => {
    const { assessment } = await finish(mixed);
    const sections = screen.getAllByText((_, el) => el?.tagName === 'SUMMARY' && el.parentElement?.parentElement?.tagName !== 'LI');
    const withAdvice = bankStructure.principles.filter((id) =>
      assessment.actions.some((a) => questions.find((q) => q.id === a)!.principle === id),
    );
    expect(sections.map((s) => s.textContent)).toEqual(
      withAdvice.map((id) => `${bankTextsNl.principles[id].title} (${assessment.actions.filter((a) => questions.find((q) => q.id === a)!.principle === id).length})`),
    );
  });

  test('points out that a student scan finds out what "Weet ik niet" left open, from two such answers', async () => {
    await finish(mixed);
    expect(screen.queryAllByText(fill(nl.result.unknownHint, { count: 2 }))).toHaveLength(1);
  });

  test('does not mention the student scan for a single "Weet ik niet"', async () => {
    await finish((index) => (index === 0 ? 'unknown' : 'yes'));
    expect(screen.queryByText(fill(nl.result.unknownHint, { count: 1 }))).toBeNull();
  });

  test('congratulates instead of listing steps when everything is done', async () => {
    await finish(() => 'yes');
    expect(screen.queryAllByText(nl.result.noActions)).toHaveLength(1);
  });
});

describe('cyberscan:complete', () => {
  test('carries the score, band and principle scores of core scoring, and no answers', async () => {
    const { complete, assessment } = await finish(mixed);
    expect(complete).toHaveBeenCalledOnce();
    const event = complete.mock.calls[0]![0] as CustomEvent;
    expect(event.detail).toEqual({
      bankVersion: bankStructure.version,
      overall: assessment.overall,
      band: assessment.band,
      principles: assessment.principles,
    });
    expect(JSON.stringify(event.detail)).not.toContain(questions[0]!.id);
    expect(event.bubbles && event.composed).toBe(true);
  });

  test('is not sent again when a finished result is shown after a reload', async () => {
    (await finish(mixed, 'finished')).unmount();
    const complete = vi.fn();
    document.addEventListener('cyberscan:complete', complete);
    renderWidget({ partner: 'finished' });
    document.removeEventListener('cyberscan:complete', complete);
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.result.title })).toHaveLength(1);
    expect(complete).not.toHaveBeenCalled();
  });
});

describe('cyberscan:start', () => {
  test('is sent when the visitor presses start, bubbling out of the shadow root', () => {
    const { host } = renderWidget();
    const start = vi.fn();
    document.body.addEventListener('cyberscan:start', start);
    pressButton(nl.intro.start);
    expect(start).toHaveBeenCalledOnce();
    expect((start.mock.calls[0]![0] as Event).target).toBe(host);
    expect((start.mock.calls[0]![0] as Event).composed).toBe(true);
    document.body.removeEventListener('cyberscan:start', start);
  });
});

describe('printing', () => {
  test('hides the rest of the page only while the print started by the button runs', async () => {
    const { host } = await finish(mixed);
    let during: { marked: boolean; sheets: number; folded: number } | undefined;
    vi.stubGlobal('print', () => {
      during = {
        marked: host.hasAttribute('data-cyberscan-printing'),
        sheets: document.adoptedStyleSheets.length,
        folded: host.querySelectorAll('details:not([open])').length,
      };
    });
    pressButton('Afdrukken of opslaan als PDF');
    expect(during).toEqual({ marked: true, sheets: 1, folded: 0 });

    window.dispatchEvent(new Event('afterprint'));
    expect(host.hasAttribute('data-cyberscan-printing')).toBe(false);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(host.querySelectorAll('details[open]')).toHaveLength(0);
  });
});
