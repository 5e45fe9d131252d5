import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../core/contracts';
import { NETWORK_A, issueToken, patchWith, referralFor } from './access-fixtures';
import { idempotencyKey, referralBody, registerPartners } from './api-fixtures';
import { post } from './fetch';

beforeAll(registerPartners);

const referralCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM referrals').first<{ n: number }>())?.n ?? 0;

describe('the text rule on POST /api/v1/referrals', () => {
  it.each([
    ['a right-to-left override in the company name', { companyName: 'Bakkerij \u202Efdp.exe' }, 'companyName', /Company name/],
    ['a line separator in the contact name', { contactName: 'Sanne\u2028de Vries' }, 'contactName', /Contact name/],
    ['a paragraph separator in the company name', { companyName: 'Bakkerij\u2029Korenschoof' }, 'companyName', /Company name/],
    ['a NUL in the message', { message: 'Graag\u0000bellen' }, 'message', /message/],
    ['a BEL in the message', { message: 'Graag\u0007bellen' }, 'message', /message/],
    ['an ESC in the message', { message: 'Graag \u001b[31mbellen' }, 'message', /message/],
    ['an override in the message', { message: 'Zie bijlage \u202Efdp.exe' }, 'message', /message/],
    ['a lone surrogate in the company name', { companyName: 'Bakkerij \ud800' }, 'companyName', /Company name/],
    ['a lone surrogate in the message', { message: 'Bel \udc00 me' }, 'message', /message/],
  ])('refuses %s with 400 naming the field, and stores nothing', async (_, overrides, path, message) => {
    const before = await referralCount();
    const res = await post('/api/v1/referrals', referralBody(overrides), idempotencyKey());
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.code).toBe('invalid_body');
    expect(error.issues?.find((issue) => issue.path === path)?.message).toMatch(message);
    expect(await referralCount()).toBe(before);
  });

  it('takes new lines and tabs in the message (CRLF as LF), and Dutch and other scripts anywhere', async () => {
    const res = await post(
      '/api/v1/referrals',
      referralBody({ companyName: 'Bloemenkwekerij Ærø & Zoon', contactName: 'Élodie Çelik', message: 'Eerste regel\r\nTweede\tregel' }),
      idempotencyKey(),
    );
    expect(res.status).toBe(201);
    const row = await env.DB.prepare("SELECT message FROM referrals WHERE contact_name = 'Élodie Çelik'").first<{ message: string }>();
    expect(row?.message).toBe('Eerste regel\nTweede\tregel');
  });
});

describe('the text rule on the console note', () => {
  it('refuses a note with a control character with 400 naming the note, and keeps the old one', async () => {
    const token = await issueToken({ kind: 'network', networkId: NETWORK_A });
    const referral = await referralFor(NETWORK_A);
    const res = await patchWith(token, `/api/v1/console/referrals/${referral.reference}`, { note: 'Gebeld\u001b[2J' });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as ErrorBody;
    expect(error.issues?.find((issue) => issue.path === 'note')?.message).toMatch(/note/);
    const ok = await patchWith(token, `/api/v1/console/referrals/${referral.reference}`, { note: 'Gebeld,\nbelt terug' });
    expect(ok.status).toBe(200);
  });
});
