/**
 * The partner tools' settings (embed/settings.ts, preview.ts) against the real form of /embed,
 * rendered by the worker's page (worker/pages/embed.ts), and the default code that page shows
 * before its script runs, which must be what the script writes for the defaults.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { updatePreview } from '../../embed/preview';
import { readSettings, resetTheme } from '../../embed/settings';
import { embedHtml, frameHtml } from '../../core/embed-code';
import { themeCss } from '../../embed/snippet';
import { embedPage } from '../../worker/pages/embed';

const ORIGIN = 'https://cyberscan.example';
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = () => byId<HTMLFormElement>('embed-settings');

beforeEach(async () => {
  // Through an inert template: only the page's <main>, without the stylesheet and scripts it loads.
  const page = document.createElement('template');
  page.innerHTML = String(await embedPage(ORIGIN, { turnstile: null, retention: { daysAfterClose: 90, maxDays: 365 } }));
  document.body.append(page.content.querySelector('main')!);
  // The network list would come from the API (embed/networks.ts).
  const option = document.createElement('option');
  option.value = 'cyberwerf';
  byId<HTMLSelectElement>('network').append(option);
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('reading the settings form', () => {
  test('the defaults: Dutch, no partner id yet, no network, no colours of its own', () => {
    expect(readSettings(form())).toEqual({ lang: 'nl', partner: '', network: '', theme: new Map() });
  });

  test('reads the language, the trimmed partner id, the network and only the changed colours', () => {
    byId<HTMLInputElement>('lang-en').checked = true;
    byId<HTMLInputElement>('partner').value = '  gemeente-lindewaard ';
    byId<HTMLSelectElement>('network').value = 'cyberwerf';
    byId<HTMLInputElement>('accent').value = '#0B5563';
    byId<HTMLInputElement>('text').value = '#1f2937';
    expect(readSettings(form())).toEqual({
      lang: 'en', partner: 'gemeente-lindewaard', network: 'cyberwerf', theme: new Map([['--cyberscan-accent', '#0b5563']]),
    });
  });

  test('putting the colours back leaves no theme', () => {
    byId<HTMLInputElement>('accent').value = '#0b5563';
    byId<HTMLInputElement>('surface').value = '#000000';
    resetTheme();
    expect(readSettings(form()).theme).toEqual(new Map());
  });
});

describe('the code the page shows before its script runs', () => {
  test('is what the script writes for the defaults', () => {
    expect(byId('snippet-html').textContent).toBe(embedHtml(ORIGIN, readSettings(form())));
    expect(byId('snippet-frame').textContent).toBe(frameHtml(ORIGIN, readSettings(form())));
    expect(byId('snippet-css').textContent).toBe(themeCss(new Map()));
  });
});

describe('the live preview', () => {
  const preview = () => byId('preview-scan');

  test('keeps its own partner id until a valid one is typed, then uses that', () => {
    updatePreview(preview(), { lang: 'nl', partner: 'Gemeente Lindewaard', network: '', theme: new Map() });
    expect(preview().getAttribute('partner')).toBe('voorbeeld');
    updatePreview(preview(), { lang: 'nl', partner: 'gemeente-lindewaard', network: '', theme: new Map() });
    expect(preview().getAttribute('partner')).toBe('gemeente-lindewaard');
  });

  test('follows language, network and colours, and drops them again', () => {
    updatePreview(preview(), { lang: 'en', partner: '', network: 'cyberwerf', theme: new Map([['--cyberscan-accent', '#0b5563']]) });
    expect([preview().getAttribute('lang'), preview().getAttribute('network')]).toEqual(['en', 'cyberwerf']);
    expect(preview().style.getPropertyValue('--cyberscan-accent')).toBe('#0b5563');

    updatePreview(preview(), { lang: 'nl', partner: '', network: '', theme: new Map() });
    expect([preview().getAttribute('lang'), preview().hasAttribute('network')]).toEqual(['nl', false]);
    expect(preview().style.getPropertyValue('--cyberscan-accent')).toBe('');
  });
});
