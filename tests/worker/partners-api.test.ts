/** `GET /api/v1/partners/:id`: the name a partner registered with, for the widget's intro. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, PartnerResponse } from '../../core/contracts';
import { PARTNER, registerPartners } from './api-fixtures';
import { get } from './fetch';

describe('GET /api/v1/partners/:id', () => {
  beforeAll(registerPartners);

  it('gives a registered partner\'s id and name, and nothing else, to any site', async () => {
    const res = await get(`/api/v1/partners/${PARTNER.id}`, { headers: { Origin: 'https://elders.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await res.json()) as PartnerResponse;
    expect(body).toEqual({ partner: { id: PARTNER.id, name: expect.any(String) } });
    expect(body.partner.name.length).toBeGreaterThan(0);
  });

  it('knows no partner for an unknown id, nor for the catch-all of unregistered sites', async () => {
    for (const id of ['niemand-bekend', 'niet-geregistreerd']) {
      const res = await get(`/api/v1/partners/${id}`);
      expect(res.status).toBe(404);
      expect(((await res.json()) as ErrorBody).error.code).toBe('partner_not_found');
    }
  });

  it('refuses an id that no partner could have with a 400', async () => {
    const res = await get(`/api/v1/partners/${encodeURIComponent('Bakkers Vereniging!')}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_param');
  });
});
