/**
 * The invitation on the result, and opening the referral step from it. The step's script cannot
 * load in happy-dom, so the loader is replaced by a fake here (chunk-loader.test.ts tests it).
 */
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { bankStructure } from '../../core/bank/index';
import type { Band } from '../../core/scoring';
import { nl } from '../../widget/i18n/nl';
import { loadChunk } from '../../widget/load-chunk';
import type { ReferralStepProps } from '../../widget/runtime';
import { answerAll, answersFrom, pressButton, renderWidget, startAssessment, questions, wholeResult } from './harness';

vi.mock('../../widget/load-chunk', () => ({ loadChunk: vi.fn() }));
const load = vi.mocked(loadChunk);

/** Stands in for widget-referral.js's component: shows what it was given, and a way back. */
let given: ReferralStepProps | undefined;
function FakeStep(props: ReferralStepProps) {
  given = props;
  return (
    <section>
      <h3 tabIndex={-1}>Referral step</h3>
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </section>
  );
}

/** The invitation's own status line (the result has others, such as the supplier e-mail's). */
const inviteStatus = () => document.querySelector('.invite [role="status"]')!;

beforeEach(() => {
  given = undefined;
  load.mockReset();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Answers giving each band: everything done, "partly" wherever it is offered, nothing. */
const bandAnswers: Record<Band, (index: number) => string> = {
  green: () => nl.answers.yes,
  orange: (index) => (questions[index]!.answers.includes('partial') ? nl.answers.partial : nl.answers.yes),
  red: () => nl.answers.no,
};

async function finishWith(band: Band, options: Parameters<typeof renderWidget>[0] = {}) {
  const rendered = renderWidget(options);
  startAssessment();
  answerAll(bandAnswers[band]);
  await wholeResult();
  return rendered;
}

describe('the invitation to a scan', () => {
  test.each(['green', 'orange', 'red'] as const)('is worded for a %s result, next to a button', async (band) => {
    await finishWith(band);
    expect(screen.queryAllByText(nl.result.bands[band].name)).toHaveLength(1);
    const invite = screen.getByText(nl.referral.invite[band]);
    expect(invite.closest('.hint')?.querySelector('button')?.textContent).toBe(nl.referral.open);
    expect(screen.queryAllByRole('button', { name: nl.referral.open })).toHaveLength(1);
  });

  test('is placed directly under the score summary, before the chart and the first steps', async () => {
    await finishWith('red');
    const invite = screen.getByText(nl.referral.invite.red);
    const follows = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(screen.getByText(nl.result.disclaimer), invite)).toBe(true);
    expect(follows(invite, screen.getByRole('heading', { name: nl.result.chartTitle }))).toBe(true);
    expect(follows(invite, screen.getByRole('heading', { name: nl.result.topActions }))).toBe(true);
  });

  test('has the only primary button of the result', async () => {
    const { host } = await finishWith('orange');
    expect([...host.querySelectorAll('button.primary')].map((b) => b.textContent)).toEqual([nl.referral.open]);
  });
});

describe('opening the referral step', () => {
  test('shows a loading state, then the step in its place, given what it needs', async () => {
    let resolve!: (step: typeof FakeStep) => void;
    load.mockReturnValue(new Promise((r) => (resolve = r)));
    const { host } = await finishWith('red', { partner: 'demo', api: 'https://scan.example', network: 'cyberwerf' });
    pressButton(nl.referral.open);
    expect(load).toHaveBeenCalledExactlyOnceWith('referral');
    expect(inviteStatus().textContent).toBe(nl.referral.loading);
    resolve(FakeStep);
    await screen.findByRole('heading', { name: 'Referral step' });
    expect(given).toMatchObject({
      api: 'https://scan.example',
      partner: 'demo',
      lang: 'nl',
      network: 'cyberwerf',
      host,
      bankVersion: bankStructure.version,
      answers: answersFrom(() => 'no'),
      profile: {},
    });
  });

  test('keeps the visitor on the result when it fails to load, and the same button tries again', async () => {
    load.mockRejectedValueOnce(undefined).mockResolvedValueOnce(FakeStep);
    await finishWith('orange');
    pressButton(nl.referral.open);
    await waitFor(() => expect(inviteStatus().textContent).toBe(nl.referral.failed));
    expect(screen.queryAllByRole('heading', { level: 2, name: nl.result.title })).toHaveLength(1);
    pressButton(nl.referral.open);
    await screen.findByRole('heading', { name: 'Referral step' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('closing it shows the result again, with focus back on the button that opened it', async () => {
    load.mockResolvedValue(FakeStep);
    await finishWith('green');
    pressButton(nl.referral.open);
    await screen.findByRole('heading', { name: 'Referral step' });
    pressButton('Close');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: nl.referral.open }));
    expect(inviteStatus().textContent).toBe('');
  });
});
