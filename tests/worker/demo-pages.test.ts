import { describe, expect, it } from 'vitest';
import { get, ORIGIN } from './fetch';

const PAGES = ['/', '/demo/hostile-css', '/demo/multiple'];

describe('demo partner pages', () => {
  it('the partner page embeds the widget exactly as a partner would', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain(`<script src="${ORIGIN}/widget.js" async></script>`);
    expect(page).toContain('<cyber-scan partner="demo" lang="nl"></cyber-scan>');
    expect(page).toMatch(/verzonnen/);
  });

  it.each(PAGES)('%s has a strict CSP: scripts and styles only from files, nothing inline', async (path) => {
    const csp = (await get(path)).headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it.each(PAGES)('%s has no inline script, style element or style attribute', async (path) => {
    const page = await (await get(path)).text();
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page).not.toMatch(/<style/);
    expect(page).not.toMatch(/\sstyle=/);
  });

  it.each(PAGES)('%s cannot be framed and sends no full referrer', async (path) => {
    const res = await get(path);
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('the partner page stylesheet is served as CSS', async () => {
    const res = await get('/demo/site.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(await (await get('/')).text()).toContain('href="/demo/site.css"');
  });

  it('the hostile page unsets every style with !important and shrinks the root font', async () => {
    const page = await (await get('/demo/hostile-css')).text();
    expect(page).toContain('href="/demo/hostile.css"');
    expect(page).toContain('<cyber-scan partner="demo" lang="nl"></cyber-scan>');
    const css = await (await get('/demo/hostile.css')).text();
    expect(css).toContain('*{all:unset!important}');
    expect(css).toContain('html{font-size:4px!important}');
  });

  it('the multiple page has a Dutch and an English widget, a mount target and an add button', async () => {
    const page = await (await get('/demo/multiple')).text();
    expect(page).toContain('<cyber-scan partner="demo" lang="nl"></cyber-scan>');
    expect(page).toContain('<cyber-scan partner="demo" lang="en"></cyber-scan>');
    expect(page).toContain('<div id="mounted-scan"></div>');
    expect(page).toContain('<button type="button" id="add-scan">');
    expect(page).toContain('<script type="module" src="/demo/spa.js"></script>');
  });

  it('the single-page-app script is served as JavaScript and mounts through window.CyberScan', async () => {
    const res = await get('/demo/spa.js');
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    const script = await res.text();
    expect(script).toContain("CyberScan.mount(document.getElementById('mounted-scan')");
    expect(script).toContain("document.createElement('cyber-scan')");
  });
});
