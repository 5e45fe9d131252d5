/** Renders the referral step on its own, as widget.js does once widget-referral.js has loaded, against a stubbed API. */
import { fireEvent, render, screen } from '@testing-library/preact';
import { vi, type Mock } from 'vitest';
import type { Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank/index';
import type { Lang } from '../../core/bank/types';
import type { ProtectionResponse, ReferralResponse, RouteResponse } from '../../core/contracts';
import type { Profile } from '../../core/profile/index';
import type { PublicNetwork } from '../../core/routing/network';
import { nl } from '../../widget/referral/i18n/nl';
import { ReferralStep } from '../../widget/referral/ReferralStep';

export const API = 'https://api.test';

export const answers: Answers = Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'no']));

export const utrecht: PublicNetwork = {
  id: 'cybernetwerk-utrecht',
  name: 'Cybernetwerk Utrecht',
  areaDescription: 'Stad Utrecht',
  website: 'https://cybernetwerkutrecht.nl',
  offersStudentScan: 'yes',
  offerDescription: 'Studenten van het ROC scannen je bedrijf.',
  ownContribution: '€ 50',
  sector: null,
};

export const routeTo = (network: PublicNetwork, fallback = false): RouteResponse => ({ network, province: 'utrecht', fallback });

export const stored: ReferralResponse = { reference: 'CS-7K4P-2QX9', network: { id: utrecht.id, name: utrecht.name } };

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** The calls the step made, by kind, with what it sent. */
export interface ApiStub {
  readonly fetch: Mock;
  readonly routeUrls: () => string[];
  readonly referralCalls: () => { body: Record<string, unknown>; key: string | null }[];
}

/**
 * Stubs fetch: the route and network lookups answer `route`/`network`, and each referral POST
 * takes the next of `referrals` (the last one repeats). A function answer may throw, as offline.
 */
export function stubApi({
  route = routeTo(utrecht),
  network = utrecht,
  referrals = [() => json(stored, 201)],
  protection = { botCheck: 'none' },
}: {
  protection?: ProtectionResponse;
  route?: RouteResponse | (() => Response);
  network?: PublicNetwork | (() => Response);
  referrals?: (() => Response | Promise<Response>)[];
} = {}): ApiStub {
  let posts = 0;
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url.includes('/api/v1/protection')) return json(protection);
    if (url.includes('/api/v1/route')) return typeof route === 'function' ? route() : json(route);
    if (url.includes('/api/v1/networks/')) return typeof network === 'function' ? network() : json({ network });
    if (url.endsWith('/api/v1/referrals') && init?.method === 'POST') return referrals[Math.min(posts++, referrals.length - 1)]!();
    throw new Error(`unexpected request ${url}`);
  });
  vi.stubGlobal('fetch', fetch);
  const calls = () => fetch.mock.calls as [string, RequestInit?][];
  return {
    fetch,
    routeUrls: () => calls().map(([url]) => url).filter((url) => url.includes('/route')),
    referralCalls: () =>
      calls()
        .filter(([url]) => url.endsWith('/referrals'))
        .map(([, init]) => ({
          body: JSON.parse(String(init!.body)) as Record<string, unknown>,
          key: new Headers(init!.headers).get('Idempotency-Key'),
        })),
  };
}

export interface StepOptions {
  readonly lang?: Lang;
  readonly network?: string;
  readonly profile?: Profile;
}

export function renderStep({ lang = 'nl', network, profile = {} }: StepOptions = {}) {
  const host = document.createElement('div');
  document.body.append(host);
  const onClose = vi.fn();
  const onSent = vi.fn();
  const props = { api: API, partner: 'demo', lang, network, host, bankVersion: bankStructure.version, answers, profile, onClose, onSent };
  render(<ReferralStep {...props} />, { container: host });
  return { host, onClose, onSent };
}

export const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

export const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

/** From the postcode view to the form, for `postcode`. */
export async function findNetwork(postcode = '3511 AB'): Promise<void> {
  type(nl.form.labels.postcode, postcode);
  press(nl.postcode.find);
  await screen.findByRole('heading', { name: `Je aanvraag bij ${utrecht.name}` });
}

/** Renders the step and goes on to the form for Cybernetwerk Utrecht. */
export async function openForm(options: StepOptions = {}) {
  const rendered = renderStep(options);
  await findNetwork();
  return rendered;
}

/** Fills in every required field with valid values. */
export function fillRequired(): void {
  type(nl.form.labels.companyName, 'Bakkerij De Korenschoof');
  type(nl.form.labels.contactName, 'Sanne de Vries');
  type(nl.form.labels.email, 'sanne@example.nl');
}
