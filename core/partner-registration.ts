/**
 * @module Self-service registration of a partner site (issue 12): what /embed sends, what the
 * console lists and decides, and the rules both sides check (origins, the derived partner id).
 */
import { PARTNER_ID_PATTERN } from './partner-id';

/** The network choice for a partner with no network of its own: referrals go by postcode. */
export const NATIONAL = 'landelijk';

/** Limits of the registration form; the worker refuses more, the form says so first. */
export const REGISTRATION_MAX = { organisation: 100, email: 254, origins: 5 } as const;

/** `POST /api/v1/registrations`, from /embed only (same origin), with a Turnstile token. */
export interface RegistrationRequest {
  readonly organisation: string;
  /** Where the decision and the final code go. */
  readonly email: string;
  /** 1 to {@link REGISTRATION_MAX}.origins origins, e.g. `https://www.example.nl` (see {@link originProblem}). */
  readonly origins: readonly string[];
  /** A network id, or {@link NATIONAL}. */
  readonly network: string;
  readonly turnstileToken?: string;
}

/** 201: the registration waits for a decision; `partnerId` already works, as an unregistered site. */
export interface RegistrationResponse {
  readonly registration: number;
  readonly partnerId: string;
  readonly status: 'pending';
}

export type RegistrationStatus = 'pending' | 'approved' | 'refused';

/** One registration as the console shows it. `email` is null once erased (retention). */
export interface RegistrationRow {
  readonly id: number;
  readonly partnerId: string;
  readonly organisation: string;
  readonly email: string | null;
  readonly origins: readonly string[];
  /** The chosen network, or null for {@link NATIONAL}. */
  readonly network: { readonly id: string; readonly name: string } | null;
  readonly status: RegistrationStatus;
  /** `YYYY-MM-DD`. */
  readonly createdDay: string;
  readonly decidedAt: string | null;
  readonly decidedBy: string | null;
  readonly reason: string | null;
  /** Whether the e-mail with the decision went out: null while pending or after erasure. */
  readonly decisionMail: 'pending' | 'queued' | 'sent' | 'failed' | null;
}

/** `GET /api/v1/console/registrations`: the pending first (oldest first), then the decided (newest first). */
export interface RegistrationsResponse {
  readonly registrations: readonly RegistrationRow[];
}

/** `POST /api/v1/console/registrations/:id/refuse`: an optional reason, told to the contact. */
export interface RefusalRequest {
  readonly reason?: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `value` cannot be a registered origin, or null when it can: an origin exactly as a browser
 * sends it (scheme, host, optional port; no path, no trailing slash), https, or http on the
 * loopback address only (a developer's own machine, never a public site).
 */
export function originProblem(value: string): 'not-an-origin' | 'not-https' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not-an-origin';
  }
  if (url.origin !== value) return 'not-an-origin';
  if (url.protocol === 'https:') return null;
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? null : 'not-https';
}

/**
 * The partner id a registration proposes for `organisation`: lower-case letters and digits joined
 * by single hyphens, accents dropped ("Bakkers Vereniging Utrecht!" → `bakkers-vereniging-utrecht`),
 * at most 50 characters so a suffix (`-2`) still fits; `partner` when nothing is left.
 */
export function partnerIdFromName(organisation: string): string {
  const slug = organisation
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return PARTNER_ID_PATTERN.test(slug) ? slug : 'partner';
}
