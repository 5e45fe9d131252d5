/**
 * Partner registrations in the console (console/registrations) in happy-dom: a pending one is
 * approved or refused only after a confirmation in the page, the outcome stays visible with what
 * happens next, and the registration moves to the history. The API answers through a stand-in
 * for the console client; the worker's side is tests/worker/registrations.test.ts.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Identity } from '../../core/console-identity';
import type { RegistrationRow } from '../../core/partner-registration';
import type { ConsoleApi } from '../../console/api/client';
import { Announcer } from '../../console/announcer';
import { Registrations } from '../../console/registrations/Registrations';

afterEach(cleanup);

const PENDING: RegistrationRow = {
  id: 7, partnerId: 'bakkers-vereniging-utrecht', organisation: 'Bakkers Vereniging Utrecht', email: 'secretariaat@bakkers.example',
  origins: ['https://www.bakkers.example'], network: { id: 'cybernetwerk-utrecht', name: 'Cybernetwerk Utrecht' }, status: 'pending',
  createdDay: '2026-12-01', decidedAt: null, decidedBy: null, reason: null, decisionMail: null,
};

const admin: Identity = { kind: 'admin', personName: 'Beheer' };

/** A client that lists `PENDING` and records each decision it is sent. */
function client() {
  const posted: { path: string; body: unknown }[] = [];
  const api = {
    get: async () => ({ registrations: [PENDING] }),
    post: async (path: string, body: unknown) => {
      posted.push({ path, body });
      const status = path.endsWith('approve') ? 'approved' : 'refused';
      const reason = (body as { reason?: string }).reason ?? null;
      return { registration: { ...PENDING, status, reason, decidedAt: '2026-12-01T16:00:00.000Z', decidedBy: 'Beheer', decisionMail: 'queued' } };
    },
  } as unknown as ConsoleApi;
  return { api, posted };
}

test('approving asks first, then says what was registered and who gets the e-mail, and lists it as decided', async () => {
  const { api, posted } = client();
  render(<Announcer><Registrations api={api} identity={admin} /></Announcer>);
  fireEvent.click(await screen.findByRole('button', { name: 'Bakkers Vereniging Utrecht goedkeuren' }));
  expect(posted).toEqual([]);
  screen.getByText(/^Goedkeuren\? Dan worden https:\/\/www\.bakkers\.example geregistreerd als partner bakkers-vereniging-utrecht/);
  fireEvent.click(screen.getByRole('button', { name: 'Ja, goedkeuren' }));

  await screen.findByText(/is goedgekeurd: partner-id bakkers-vereniging-utrecht is geregistreerd voor https:\/\/www\.bakkers\.example\. secretariaat@bakkers\.example krijgt daarover een e-mail\./);
  expect(posted).toEqual([{ path: '/registrations/7/approve', body: {} }]);
  screen.getByRole('heading', { name: 'Wachten op een besluit (0)' });
  const history = screen.getByRole('table', { name: 'Eerder besloten, nieuwste eerst' });
  expect(within(history).getByRole('row', { name: /Bakkers Vereniging Utrecht/ }).textContent).toContain('Goedgekeurd');
});

test('refusing sends the reason typed for the registrant, and cancelling sends nothing', async () => {
  const { api, posted } = client();
  render(<Announcer><Registrations api={api} identity={admin} /></Announcer>);
  fireEvent.click(await screen.findByRole('button', { name: 'Bakkers Vereniging Utrecht weigeren' }));
  fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
  expect(posted).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: 'Bakkers Vereniging Utrecht weigeren' }));
  fireEvent.input(screen.getByLabelText('Reden voor de aanmelder (niet verplicht)'), { target: { value: 'Onbekende organisatie.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ja, weigeren' }));
  await screen.findByText('Bakkers Vereniging Utrecht is geweigerd. secretariaat@bakkers.example krijgt daarover een e-mail.');
  expect(posted).toEqual([{ path: '/registrations/7/refuse', body: { reason: 'Onbekende organisatie.' } }]);
});
