/** Request bodies and partners for the API tests. */
import { env } from 'cloudflare:workers';
import type { Answer, Answers } from '../../core/answers';
import { bankStructure } from '../../core/bank';
import type { ReferralRequest, ResultRequest } from '../../core/contracts';

/** Every question answered `answer`; where that is "na" and not allowed, "yes". */
export const everyAnswer = (answer: Answer): Answers =>
  Object.fromEntries(bankStructure.questions.map((q) => [q.id, !q.answers.includes(answer) ? 'yes' : answer]));

/** A partner site that embeds the widget, as tests register it. */
export const PARTNER = { id: 'lindewaard', origin: 'https://www.lindewaard.example' } as const;
export const OTHER_PARTNER = { id: 'ondernemend-oost', origin: 'https://oost.example' } as const;

/** Registers the test partners; run in `beforeAll` (storage is per test file). */
export async function registerPartners(): Promise<void> {
  for (const partner of [PARTNER, OTHER_PARTNER]) {
    await env.DB.prepare('INSERT OR IGNORE INTO partners (id, name, allowed_origins) VALUES (?1, ?1, ?2)')
      .bind(partner.id, JSON.stringify([partner.origin]))
      .run();
  }
}

/** A valid results body; `overrides` may break it on purpose, so their types are loose. */
export const resultBody = (overrides: Partial<Record<keyof ResultRequest, unknown>> = {}): ResultRequest => ({
  submissionId: crypto.randomUUID(),
  partner: PARTNER.id,
  bankVersion: bankStructure.version,
  lang: 'nl',
  answers: everyAnswer('partial'),
  profile: { sector: 'retail', size: '2-9' },
  ...overrides,
}) as ResultRequest;

/** A valid referral body, routed to Cyberwerf (2511); `overrides` may break it on purpose. */
export const referralBody = (overrides: Partial<Record<keyof ReferralRequest, unknown>> = {}): ReferralRequest => ({
  partner: PARTNER.id,
  postcode: '2511 AB',
  companyName: 'Bakkerij De Korenschoof',
  contactName: 'Sanne de Vries',
  email: 'sanne@example.nl',
  phone: '06-12345678',
  sector: 'retail',
  size: '2-9',
  message: 'Graag na 16 uur bellen.',
  shareAnswers: false,
  answers: everyAnswer('no'),
  bankVersion: bankStructure.version,
  lang: 'nl',
  ...overrides,
}) as ReferralRequest;

/** A fresh Idempotency-Key header, as the widget makes one per form. */
export const idempotencyKey = () => ({ 'Idempotency-Key': crypto.randomUUID() });

/** A queue that keeps what it is sent, in place of REFERRAL_QUEUE; `fails` makes every send throw. */
export function recordingQueue(fails = false) {
  const sent: unknown[] = [];
  const send = async (body: unknown) => {
    if (fails) throw new Error('queue unavailable');
    sent.push(body);
  };
  const sendBatch = async (messages: readonly { body: unknown }[]) => {
    if (fails) throw new Error('queue unavailable');
    sent.push(...messages.map((message) => message.body));
  };
  // Only send() and sendBatch() are used by the worker; the rest of the Queue interface is left out.
  return { sent, queue: { send, sendBatch } as unknown as Queue };
}
