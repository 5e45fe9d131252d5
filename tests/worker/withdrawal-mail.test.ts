import { describe, expect, it } from 'vitest';
import type { WithdrawalNotice } from '../../worker/data';
import { plainTextMail } from '../../worker/delivery/mime';
import { withdrawalOutgoing } from '../../worker/delivery/withdrawal-notice';

const notice: WithdrawalNotice = { reference: 'CS-7K4P-2QX9', networkId: 'cyberwerf', withdrawnAt: '2026-05-04T10:15:00.000Z', status: 'queued' };

const decodeBody = (message: string) => {
  const base64 = message.split('\r\n\r\n')[1]!.replace(/\r\n/g, '');
  return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
};

const mail = () =>
  plainTextMail({
    from: 'cyberscan@cyberscan.example', fromName: 'CyberScan', to: 'aanvragen@cyberwerf.example',
    ...withdrawalOutgoing(notice).mail, messageId: 'abc@cyberscan.example', date: new Date('2026-05-04T10:15:05.000Z'),
  });

describe('the withdrawal e-mail', () => {
  it('names the reference in its subject and has no Reply-To: the entrepreneur\'s address is erased', () => {
    const head = mail().split('\r\n\r\n')[0]!.split('\r\n');
    expect(head).toContain('Subject: CyberScan: aanvraag CS-7K4P-2QX9 ingetrokken');
    expect(head.some((line) => line.startsWith('Reply-To:'))).toBe(false);
  });

  it('asks the network, in a few Dutch lines, to delete what it holds for that reference', () => {
    const text = decodeBody(mail());
    expect(text).toContain('Verwijder ook alle gegevens die u van deze aanvraag heeft.');
    expect(text).toContain('Referentie: CS-7K4P-2QX9');
    expect(text).toContain('Ingetrokken: 2026-05-04T10:15:00.000Z');
    expect(text.trim().split('\n').length).toBeLessThanOrEqual(8);
  });
});
