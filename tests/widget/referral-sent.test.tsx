/**
 * A sent request stays with the result: back on the result, after a reload and on a second
 * visit it shows the reference and the way to withdraw instead of the invitation, and a second
 * request takes a question answered first. The step's script is faked as in referral-invite.test.tsx.
 */
import { cleanup, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ReferralResponse } from '../../core/contracts';
import { fill } from '../../core/fill';
import { nl } from '../../widget/i18n/nl';
import { loadChunk } from '../../widget/load-chunk';
import type { ReferralStepProps } from '../../widget/runtime';
import { answerAll, pressButton, renderWidget, startAssessment, wholeResult } from './harness';

vi.mock('../../widget/load-chunk', () => ({ loadChunk: vi.fn() }));
const load = vi.mocked(loadChunk);

const SENT: ReferralResponse = { reference: 'CS-7K4P-2QX9', network: { id: 'cybernetwerk-utrecht', name: 'Cybernetwerk Utrecht' } };

/** Stands in for the referral step: "sends" at once and offers the way back. */
function FakeStep(props: ReferralStepProps) {
  return (
    <section>
      <h3 tabIndex={-1}>Referral step</h3>
      <button type="button" onClick={() => props.onSent(SENT)}>
        Send
      </button>
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </section>
  );
}

beforeEach(() => {
  load.mockReset();
  load.mockResolvedValue(FakeStep);
});

/** Finishes the check for `partner`, sends a request and goes back to the result. */
async function sendAndGoBack(partner: string): Promise<void> {
  renderWidget({ partner });
  startAssessment();
  answerAll(() => nl.answers.no);
  await wholeResult();
  pressButton(nl.referral.open);
  await screen.findByRole('heading', { name: 'Referral step' });
  pressButton('Send');
  pressButton('Close');
}

const sentLine = () => screen.getByText(new RegExp(`^Aanvraag verstuurd op .+ bij Cybernetwerk Utrecht \\(${SENT.reference}\\)\\.`));

describe('a sent request', () => {
  test('shows on the result with its date, network, reference and withdrawal link instead of the invitation', async () => {
    await sendAndGoBack('sent-back');
    const today = new Date().toLocaleDateString('nl', { dateStyle: 'long' });
    expect(sentLine().textContent).toContain(today);
    expect(screen.queryByRole('button', { name: nl.referral.open })).toBeNull();
    expect(screen.queryByText(nl.referral.invite.red)).toBeNull();
    const link = screen.getByRole('link', { name: nl.referral.withdraw });
    expect(link.getAttribute('href')).toBe(`https://api.test/withdraw?reference=${SENT.reference}&lang=nl`);
  });

  test('is still there after a reload, for the same partner only', async () => {
    await sendAndGoBack('sent-reload');
    cleanup();
    renderWidget({ partner: 'sent-reload' });
    expect(sentLine()).toBeTruthy();
    cleanup();
    renderWidget({ partner: 'another-partner' });
    expect(screen.queryByText(/Aanvraag verstuurd op/)).toBeNull();
  });

  test('needs a question answered before a second request opens the step', async () => {
    await sendAndGoBack('sent-again');
    load.mockClear();
    pressButton(nl.referral.again);
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText(fill(nl.referral.againAsk, { network: SENT.network.name }))).toBeTruthy();
    pressButton(nl.referral.againNo);
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText(fill(nl.referral.againAsk, { network: SENT.network.name }))).toBeNull();
    pressButton(nl.referral.again);
    pressButton(nl.referral.againYes);
    expect(load).toHaveBeenCalledExactlyOnceWith('referral');
    await screen.findByRole('heading', { name: 'Referral step' });
  });

  test('is gone after starting again', async () => {
    await sendAndGoBack('sent-restart');
    // Closing the step shows the same result again, whole at once: its end is not deferred again.
    pressButton(nl.result.restart);
    pressButton(nl.result.restartYes);
    startAssessment();
    answerAll(() => nl.answers.no);
    expect(screen.getByRole('button', { name: nl.referral.open })).toBeTruthy();
    expect(screen.queryByText(/Aanvraag verstuurd op/)).toBeNull();
  });
});
