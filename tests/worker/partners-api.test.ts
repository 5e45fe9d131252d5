/** `GET /api/v1/partners/:id`: the name a partner registered with, for the widget's intro. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, PartnerResponse } from '../../core/contracts';
import { PARTNER, registerPartners } from './api-fixtures';
import { get } from './fetch';

describe('GET /api/v1/partners/:id', () => {
  beforeAll(registerPartners);

  it('gives a registered partner\'s id and name, and nothing else, to that partner\'s own site', async () => {
    const res = await get(`/api/v1/partners/${PARTNER.id}`, { headers: { Origin: PARTNER.origin } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    const body = (await res.json()) as PartnerResponse;
    expect(body).toEqual({ partner: { id: PARTNER.id, name: expect.any(String) } });
    expect(body.partner?.name.length).toBeGreaterThan(0);
  });

  it('knows no partner for an unknown id, nor for the catch-all of unregistered sites', async () => {
    for (const id of ['niemand-bekend', 'niet-geregistreerd']) {
      const res = await get(`/api/v1/partners/${id}`);
      // 200, not 404: a site not registered yet asks too, and must not get a console error.
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ partner: null });
    }
  });

  it('refuses an id that no partner could have with a 400', async () => {
    const res = await get(`/api/v1/partners/${encodeURIComponent('Bakkers Vereniging!')}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('invalid_param');
  });

  it('does not tell another site the name: a copied snippet must not claim that partner offers the check', async () => {
    const res = await get(`/api/v1/partners/${PARTNER.id}`, { headers: { Origin: 'https://elders.example' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ partner: null });
    expect(res.headers.get('Vary')).toContain('Origin');
  });
});
