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

  it('lets nobody frame it for a partner that does not exist', async () => {
    const res = await get('/frame?partner=bestaat-niet');
    expect(res.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
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
