import { describe, expect, it } from 'vitest';
import { referralMailSubject, referralMailText } from '../../worker/delivery/mail-text';
import { plainTextMail } from '../../worker/delivery/mime';
import { referralPayload } from '../../worker/delivery/payload';
import type { Referral } from '../../worker/data';
import { newReferral } from './data/referral-fixture';

const referral: Referral = {
  ...newReferral,
  companyName: 'Bloemenkwekerij Ærø & Zoon',
  message: 'Bel gerust, ook \'s avonds.\nTweede regel.',
  id: '0f1e2d3c-0000-4000-8000-000000000000',
  reference: 'CS-7K4P-2QX9',
  createdAt: '2026-05-04T09:30:00.000Z',
  status: 'new',
  deliveryStatus: 'queued',
  queuedAt: null,
  deliveredAt: null,
  closedAt: null,
  requestHash: null,
};

const mail = (overrides: Partial<Parameters<typeof plainTextMail>[0]> = {}) => {
  const payload = referralPayload(referral, 'Cyberwerf');
  return plainTextMail({
    from: 'cyberscan@cyberscan.example', fromName: 'CyberScan', to: 'aanvragen@cyberwerf.example',
    replyTo: payload.contact.email, subject: referralMailSubject(payload), text: referralMailText(payload),
    messageId: 'abc@cyberscan.example', date: new Date('2026-05-04T09:30:05.000Z'), ...overrides,
  });
};

const decodeBody = (message: string) => {
  const base64 = message.split('\r\n\r\n')[1]!.replace(/\r\n/g, '');
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
};

describe('the referral e-mail', () => {
  it('is plain-text UTF-8 MIME with the headers a mail server needs', () => {
    const [head] = mail().split('\r\n\r\n');
    expect(head!.split('\r\n')).toEqual([
      'From: CyberScan <cyberscan@cyberscan.example>',
      'To: aanvragen@cyberwerf.example',
      'Reply-To: sanne@example.nl',
      'Subject: Aanvraag cyberscan CS-7K4P-2QX9',
      'Date: Mon, 04 May 2026 09:30:05 GMT',
      'Message-ID: <abc@cyberscan.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
    ]);
  });

  it('carries the referral in Dutch, non-ASCII intact, lines of the body within 76 characters', () => {
    const message = mail();
    expect(message.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    const text = decodeBody(message);
    expect(text).toContain('Bedrijf: Bloemenkwekerij Ærø & Zoon');
    expect(text).toContain('Referentie: CS-7K4P-2QX9');
    expect(text).toContain('Sector: Handel en winkels');
    expect(text).toContain('42/100, rood');
    expect(text).toContain('De ondernemer heeft de antwoorden niet gedeeld.');
    expect(text).toContain('intrekken');
  });

  it('refuses a header value with a line break, so no header can be smuggled in', () => {
    expect(() => mail({ replyTo: 'sanne@example.nl\r\nBcc: everyone@example.nl' })).toThrow(/Reply-To/);
  });
});
