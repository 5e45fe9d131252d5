/** @module Reads the partner's choices from the settings form of /embed (worker/pages/embed.ts). */
import type { EmbedSettings } from './snippet';
import { THEME } from './theme';

const input = (id: string): HTMLInputElement => document.getElementById(id) as HTMLInputElement;

/** The form's current settings; colours equal to the widget's defaults are left out of the theme. */
export function readSettings(form: HTMLFormElement): EmbedSettings {
  const data = new FormData(form);
  const theme = new Map<string, string>();
  for (const { name, input: id, fallback } of THEME) {
    const value = input(id).value.toLowerCase();
    if (value !== fallback) theme.set(name, value);
  }
  return {
    lang: data.get('lang') === 'en' ? 'en' : 'nl',
    partner: String(data.get('partner') ?? '').trim(),
    network: String(data.get('network') ?? ''),
    theme,
  };
}

/** Puts every colour back to the widget's default. */
export function resetTheme(): void {
  for (const { input: id, fallback } of THEME) input(id).value = fallback;
}
