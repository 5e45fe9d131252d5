/**
 * Every e-mail the worker writes, word for word, in each language it is sent in and with each
 * variant of its text: the entrepreneur's confirmation and re-check invitation (Dutch and English),
 * a registration's decision, and what a network receives (a referral, a withdrawal notice, an
 * outage notice). The snapshot is the wording as it stands; a change to it shows here first.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { bankStructure } from '../../core/bank';
import type { Answers } from '../../core/answers';
import { closeOutage, createReferral, sha256Hex, type ConfirmationMail, type DecisionMail, type RecheckInvitationMail, type Referral, type WithdrawalNotice } from '../../worker/data';
import { confirmationMail } from '../../worker/delivery/confirmation-mail';
import { referralMailSubject, referralMailText } from '../../worker/delivery/mail-text';
import { noticeNetworkOutage, noticeOutage, outageMailText } from '../../worker/delivery/outage-notice';
import { referralPayload } from '../../worker/delivery/payload';
import { recheckInvitationMail } from '../../worker/delivery/recheck-invitation';
import { decisionMail } from '../../worker/delivery/registration-mail';
import { withdrawalOutgoing } from '../../worker/delivery/withdrawal-notice';
import { newReferral } from './data/referral-fixture';

const LANGS = ['nl', 'en'] as const;

const confirmation = (lang: 'nl' | 'en'): ConfirmationMail => ({
  reference: 'CS-7K4P-2QX9', email: 'sanne@example.nl', contactName: 'Sanne de Vries', networkName: 'Cyberwerf', lang, status: 'queued',
});

const invitation = (lang: 'nl' | 'en'): RecheckInvitationMail => ({
  ...confirmation(lang), partnerId: 'lindewaard', networkId: 'cyberwerf', shared: null,
});

const decision = (overrides: Partial<DecisionMail>): DecisionMail => ({
  email: 'web@lindewaard.example', organisation: 'Ondernemersvereniging Lindewaard', partnerId: 'lindewaard', networkId: null,
  approved: true, reason: null, snippetOrigin: 'https://cyberscan.example', status: 'queued', ...overrides,
});

const answers = Object.fromEntries(bankStructure.questions.slice(0, 3).map((q, i) => [q.id, (['yes', 'no', 'unknown'] as const)[i]])) as Answers;

const referral = (overrides: Partial<Referral>): Referral => ({
  ...newReferral, id: '0f1e2d3c-0000-4000-8000-000000000000', reference: 'CS-7K4P-2QX9', createdAt: '2026-05-04T09:30:00.000Z',
  status: 'new', deliveryStatus: 'queued', queuedAt: null, deliveredAt: null, closedAt: null, requestHash: null, ...overrides,
});

describe('the confirmation e-mail', () => {
  for (const lang of LANGS) {
    it(`in ${lang}, with and without the withdrawal page`, () => {
      expect(confirmationMail(confirmation(lang), 'https://cyberscan.example/withdraw?reference=CS-7K4P-2QX9')).toMatchSnapshot();
      expect(confirmationMail(confirmation(lang), null)).toMatchSnapshot();
    });
  }
});

describe('the invitation to do the check again', () => {
  for (const lang of LANGS) {
    it(`in ${lang}, with a prefilled link, a plain link and no link`, () => {
      expect(recheckInvitationMail(invitation(lang), 'https://cyberscan.example/frame?partner=lindewaard#hercheck=scan')).toMatchSnapshot();
      expect(recheckInvitationMail(invitation(lang), 'https://cyberscan.example/frame?partner=lindewaard')).toMatchSnapshot();
      expect(recheckInvitationMail(invitation(lang), null)).toMatchSnapshot();
    });
  }
});

describe("a registration's decision e-mail", () => {
  it('approved, with the code for its own origin or the fallback', () => {
    expect(decisionMail(decision({}), 'https://fallback.example')).toMatchSnapshot();
    expect(decisionMail(decision({ snippetOrigin: null }), 'https://fallback.example')).toMatchSnapshot();
    expect(() => decisionMail(decision({ snippetOrigin: null }), undefined)).toThrowErrorMatchingSnapshot();
  });

  it('refused, with and without a reason', () => {
    expect(decisionMail(decision({ approved: false, reason: 'Geen ondernemersvereniging.' }), undefined)).toMatchSnapshot();
    expect(decisionMail(decision({ approved: false }), undefined)).toMatchSnapshot();
  });
});

describe('what a network receives', () => {
  it('a referral: shared answers, a partner site, a withdrawal page, English check', () => {
    const payload = referralPayload(
      referral({ sharedAnswers: answers, bankVersion: bankStructure.version, phone: '06-12345678', message: 'Graag na 16 uur.', lang: 'en', sector: null }),
      'Cyberwerf', 'https://cyberscan.example',
    );
    expect({ subject: referralMailSubject(payload), text: referralMailText(payload), withdrawal: payload.withdrawal }).toMatchSnapshot();
  });

  it('a referral: nothing shared, an unregistered site, no withdrawal page', () => {
    const payload = referralPayload(referral({ partnerId: 'niet-geregistreerd', sourceHost: 'www.bakkerij.example' }), 'Cyberwerf');
    expect({ subject: referralMailSubject(payload), text: referralMailText(payload), withdrawal: payload.withdrawal }).toMatchSnapshot();
  });

  it('a withdrawal notice, as webhook body and as e-mail', () => {
    const notice: WithdrawalNotice = { reference: 'CS-7K4P-2QX9', networkId: 'cyberwerf', withdrawnAt: '2026-05-04T10:15:00.000Z', status: 'queued' };
    expect(withdrawalOutgoing(notice)).toMatchSnapshot();
  });

  it('an outage notice, its subject and text as sent', async () => {
    const sent: unknown[] = [];
    const binding = { send: async (message: unknown) => void sent.push(message) } as unknown as SendEmail;
    const testEnv = { ...env, MAIL_FROM: 'cyberscan@cyberscan.example', OPERATOR_EMAIL: 'beheer@cyberscan.example', REFERRAL_MAIL: binding };
    await noticeNetworkOutage(testEnv, 'cyberwerf', 'HTTP 500', new Date('2026-05-04T10:15:00.000Z'));
    await closeOutage(env.DB, 'cyberwerf');
    const { referral: stored } = await createReferral(env.DB, newReferral, await sha256Hex('outage wording'));
    await noticeOutage(testEnv, stored.id, new Date('2026-05-07T10:15:00.000Z'));
    await closeOutage(env.DB, 'cyberwerf');
    expect(sent).toMatchSnapshot();
    expect(outageMailText('Cyberwerf', new Date('2026-05-04T10:15:00.000Z'), 'alle pogingen zijn mislukt')).toMatchSnapshot();
  });
});
