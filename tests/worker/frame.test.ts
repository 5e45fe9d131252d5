import { beforeAll, describe, expect, it } from 'vitest';
import { PARTNER, registerPartners } from './api-fixtures';
import { get } from './fetch';

beforeAll(registerPartners);

describe('the iframe embed', () => {
  it('serves /frame with the widget, framable by the partner\'s registered sites only', async () => {
    const res = await get(`/frame?partner=${PARTNER.id}&lang=en`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`<cyber-scan partner="${PARTNER.id}" lang="en">`);
    expect(res.headers.get('Content-Security-Policy')).toContain(`frame-ancestors ${PARTNER.origin}`);
    expect(res.headers.get('Content-Security-Policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('for a partner id that is not registered, first notes the framing site from the Referer in its URL', async () => {
    const res = await get('/frame?partner=nog-niet-geregistreerd', { headers: { Referer: 'https://www.gemeente.example/ondernemers' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toBe('/frame?partner=nog-niet-geregistreerd&lang=nl&site=www.gemeente.example');
  });

  it('lets any site frame it then, with the widget as the unregistered partner, whose posts get the stricter protection', async () => {
    const res = await get('/frame?partner=nog-niet-geregistreerd&lang=nl&site=www.gemeente.example');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<cyber-scan partner="niet-geregistreerd" lang="nl">');
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('answers a bad partner id with 400 JSON', async () => {
    const res = await get('/frame?partner=Bakkers%20Vereniging!');
    expect(res.status).toBe(400);
  });

  it('keeps X-Frame-Options DENY everywhere else', async () => {
    expect((await get('/embed')).headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('serves the resizer to any site', async () => {
    const res = await get('/frame-resizer.js', { headers: { Origin: 'https://www.gemeente.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Content-Type')).toContain('javascript');
  });
});
