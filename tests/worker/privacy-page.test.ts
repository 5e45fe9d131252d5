import { describe, expect, it } from 'vitest';
import { get } from './fetch';

describe('GET /privacy', () => {
  it('tells a visitor in Dutch what the check keeps, with the retention of this deployment and a way to withdraw', async () => {
    const res = await get('/privacy');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('De postcode zelf bewaren we niet');
    expect(page).toContain('uiterlijk 90 dagen nadat je aanvraag is afgehandeld, en nooit later dan 365 dagen');
    expect(page).toContain('href="/withdraw?lang=nl"');
  });

  it('speaks English with ?lang=en and links back to Dutch', async () => {
    const page = await (await get('/privacy?lang=en')).text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('We do not keep the postcode itself');
    expect(page).toContain('href="/privacy?lang=nl"');
  });

  it('falls back to Dutch for a language it does not speak', async () => {
    expect(await (await get('/privacy?lang=de')).text()).toContain('<html lang="nl">');
  });
});
