import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { nl } from '../../widget/i18n/nl';

beforeAll(async () => {
  await import('../../widget/index');
});

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  localStorage.clear();
  vi.unstubAllGlobals();
  happyDomSettings().handleDisabledFileLoadingAsSuccess = false;
});

const happyDomSettings = () => (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;

/**
 * happy-dom runs no scripts, and reports a blocked one on its console: an English widget's
 * widget-en.js then "loads" quietly, without registering anything (chunk-loader.test.ts).
 */
const quietScriptFailures = () => (happyDomSettings().handleDisabledFileLoadingAsSuccess = true);

/** Queries inside the widget's open shadow root, as a visitor's assistive technology would. */
const inside = (host: Element) => within(host.shadowRoot as unknown as HTMLElement);

function embed(html: string): HTMLElement {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLElement;
}

describe('<cyber-scan>', () => {
  test('renders into an open shadow root, styled by an adopted stylesheet', () => {
    const el = embed('<cyber-scan partner="demo" lang="nl"></cyber-scan>');
    expect(el.shadowRoot?.mode).toBe('open');
    expect(el.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    expect(inside(el).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
    expect(el.shadowRoot?.querySelector('[part="container"]')).toBeTruthy();
  });

  test('uses no <style> element and no style attribute, so a strict CSP needs no unsafe-inline', () => {
    const el = embed('<cyber-scan partner="csp"></cyber-scan>');
    const root = el.shadowRoot!;
    fireEvent.click(inside(el).getByRole('button', { name: nl.intro.start }));
    fireEvent.click(inside(el).getByRole('button', { name: nl.nav.next }));
    expect(root.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  test('renders several instances on one page', () => {
    const a = embed('<cyber-scan partner="a"></cyber-scan>');
    const b = embed('<cyber-scan partner="b"></cyber-scan>');
    expect(inside(a).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
    expect(inside(b).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
  });

  test('renders when a single-page app inserts it later', () => {
    const el = document.createElement('cyber-scan');
    el.setAttribute('partner', 'spa');
    document.body.append(el);
    expect(inside(el).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
  });

  test('unmounts when removed and resumes where the visitor was when inserted again', () => {
    const el = embed('<cyber-scan partner="moved"></cyber-scan>');
    fireEvent.click(inside(el).getByRole('button', { name: nl.intro.start }));
    el.remove();
    expect(el.shadowRoot?.childNodes).toHaveLength(0);
    document.body.append(el);
    expect(inside(el).queryAllByRole('heading', { level: 2, name: nl.profile.title })).toHaveLength(1);
  });

  test('follows the page language when it has no lang attribute', () => {
    document.documentElement.lang = 'en-GB';
    quietScriptFailures();
    vi.stubGlobal('fetch', vi.fn(() => new Promise(() => {})));
    const el = embed('<cyber-scan partner="page-lang"></cyber-scan>');
    expect(el.shadowRoot?.querySelector('[part="container"]')?.getAttribute('lang')).toBe('en');
  });

  test('falls back to Dutch on a page in another language', () => {
    document.documentElement.lang = 'de';
    const el = embed('<cyber-scan partner="de"></cyber-scan>');
    expect(el.shadowRoot?.querySelector('[part="container"]')?.getAttribute('lang')).toBe('nl');
  });

  test('asks the API given in the api attribute', async () => {
    quietScriptFailures();
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    vi.stubGlobal('fetch', fetch);
    embed('<cyber-scan partner="api" lang="en" api="https://scan.example/"></cyber-scan>');
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('https://scan.example/api/v1/assessment?lang=en'));
  });

  test('sends cyberscan:start out of the shadow root to the page', () => {
    const el = embed('<cyber-scan partner="events"></cyber-scan>');
    const start = vi.fn();
    document.addEventListener('cyberscan:start', start);
    fireEvent.click(inside(el).getByRole('button', { name: nl.intro.start }));
    document.removeEventListener('cyberscan:start', start);
    expect(start).toHaveBeenCalledOnce();
  });
});

describe('window.CyberScan.mount', () => {
  test('renders into any element and can be unmounted', () => {
    const div = embed('<div></div>');
    const widget = window.CyberScan!.mount(div, { partner: 'div', lang: 'nl' });
    expect(inside(div).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
    widget.unmount();
    expect(div.shadowRoot?.childNodes).toHaveLength(0);
  });
});

describe('the script', () => {
  test('defines the element once and keeps the first API when loaded twice', async () => {
    const api = window.CyberScan;
    const define = vi.spyOn(customElements, 'define');
    vi.resetModules();
    await import('../../widget/index');
    expect(define).not.toHaveBeenCalled();
    expect(window.CyberScan).toBe(api);
    expect(customElements.get('cyber-scan')).toBeTruthy();
  });
});
