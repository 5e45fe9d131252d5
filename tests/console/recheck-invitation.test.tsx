/**
 * "Stuur een uitnodiging voor de hercheck" on a referral's page, in happy-dom, through the real
 * console client (only the network's `fetch` is played here): asked in the page first, sent once,
 * visible in the referral's history, and offered only once the scan is done.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { ConsoleApi } from '../../console/api/client';
import { RecheckInvitation } from '../../console/inbox/RecheckInvitation';
import { StatusHistory } from '../../console/inbox/StatusHistory';
import type { ReferralDetail } from '../../core/inbox';
import type { RecheckInvitation as Invitation } from '../../core/recheck-invitation';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const invitation: Invitation = { status: 'queued', requestedAt: '2026-12-01T10:00:00.000Z', statusAt: '2026-12-01T10:00:00.000Z', by: 'network', byName: 'Sanne de Boer' };

const referral = (overrides: Partial<ReferralDetail> = {}) =>
  ({
    reference: 'CS-7K4P-2QX9', status: 'scan_done', erasedAt: null, recheckInvitation: null,
    contact: { name: 'Piet Bakker', email: 'piet@korenschoof.example', phone: null },
    assessment: { bankVersion: '2027.1', overall: 42, band: 'red', answersShared: true },
    history: [{ from: 'scan_planned', to: 'scan_done', at: '2026-11-30T15:00:00.000Z', by: 'network', byName: 'Sanne de Boer', reason: null }],
    ...overrides,
  }) as unknown as ReferralDetail;

/** The console's fetch, answering the invitation with `status` and `body`; records each call. */
function serve(status: number, body: unknown) {
  const calls: { url: string; method: string | undefined }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, method: init.method });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

test('asks in the page first, then sends one invitation and says where it goes; the button is gone afterwards', async () => {
  const calls = serve(202, { referral: referral({ recheckInvitation: invitation }) });
  const changed = vi.fn();
  render(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={referral()} onChanged={changed} />);
  fireEvent.click(screen.getByRole('button', { name: 'Stuur een uitnodiging voor de hercheck' }));
  screen.getByText(/Een e-mail naar piet@korenschoof\.example sturen/);
  expect(calls).toEqual([]);
  fireEvent.click(screen.getByRole('button', { name: 'Ja, uitnodiging versturen' }));
  await screen.findByText(/De uitnodiging voor de hercheck gaat naar piet@korenschoof\.example/);
  expect(calls).toEqual([{ url: '/api/v1/console/referrals/CS-7K4P-2QX9/recheck-invitation', method: 'POST' }]);
  expect(changed).toHaveBeenCalledWith(referral({ recheckInvitation: invitation }));
  expect(screen.queryByRole('button', { name: /uitnodiging/i })).toBeNull();
});

test('says what the link opens and how the re-check counts, with and without shared answers', () => {
  const { rerender } = render(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={referral()} onChanged={() => {}} />);
  screen.getByText(/eerder gedeelde antwoorden; de hercheck telt anoniem mee in de statistieken als hercheck na de scan/);
  const unshared = referral({ assessment: { bankVersion: '2027.1', overall: 42, band: 'red', answersShared: false } });
  rerender(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={unshared} onChanged={() => {}} />);
  screen.getByText(/de link opent een lege check, die in de statistieken als eerste check telt/);
});

test('says so when the server refuses a second invitation', async () => {
  serve(409, { error: { code: 'invitation_already_sent', message: 'sent once' } });
  render(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={referral()} onChanged={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Stuur een uitnodiging voor de hercheck' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, uitnodiging versturen' }));
  await screen.findByText(/al een uitnodiging voor de hercheck verstuurd/);
});

test('an invitation already sent shows its state and offers no second one', () => {
  const sent = { ...invitation, status: 'sent', statusAt: '2026-12-01T10:05:00.000Z' } as const;
  render(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={referral({ recheckInvitation: sent })} onChanged={() => {}} />);
  expect(screen.getByText(/Uitnodiging voor de hercheck: verstuurd op/).textContent).toContain('1 dec 2026');
  expect(screen.queryByRole('button')).toBeNull();
});

test('is not offered before the scan is done, nor once the data is erased', () => {
  const { container, rerender } = render(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={referral({ status: 'scan_planned' })} onChanged={() => {}} />);
  expect(container.textContent).toBe('');
  rerender(<RecheckInvitation api={new ConsoleApi('csrf', () => {})} referral={referral({ erasedAt: '2026-12-02T10:00:00.000Z' })} onChanged={() => {}} />);
  expect(container.textContent).toBe('');
});

test("the referral's history lists the invitation after the scan, with who asked", () => {
  render(<StatusHistory history={referral().history} invitation={invitation} />);
  const items = screen.getAllByRole('listitem').map((item) => item.textContent);
  expect(items).toHaveLength(2);
  expect(items[1]).toMatch(/uitnodiging voor de hercheck gevraagd \(door Sanne de Boer \(netwerk\)\), wordt verstuurd/);
});
