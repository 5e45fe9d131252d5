/**
 * @module The code a partner pastes: the HTML that embeds the widget with their settings, and the
 * CSS for their own stylesheet when they chose other colours. worker/pages/embed.ts renders the
 * default HTML before this script runs; keep the two alike (tests/partner-tools/settings.test.ts
 * checks).
 */
import type { Theme } from './theme';

export interface EmbedSettings {
  readonly lang: 'nl' | 'en';
  /** Empty until the partner types theirs; the snippet then shows a placeholder. */
  readonly partner: string;
  /** A network id, or empty: route referrals by postcode. */
  readonly network: string;
  readonly theme: Theme;
}

export const PARTNER_PLACEHOLDER = 'jouw-partner-id';

const attribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The script tag and the element, for `origin` (this deployment). */
export function embedHtml(origin: string, settings: EmbedSettings): string {
  const network = settings.network ? ` network="${attribute(settings.network)}"` : '';
  const partner = attribute(settings.partner || PARTNER_PLACEHOLDER);
  return `<script src="${origin}/widget.js" async></script>\n` +
    `<cyber-scan partner="${partner}" lang="${settings.lang}"${network}></cyber-scan>`;
}

/** A rule for the partner's stylesheet; a comment when the defaults need none. */
export function themeCss(theme: Theme): string {
  if (theme.size === 0) return '/* Standaardkleuren: je hebt geen CSS nodig. */';
  const lines = [...theme].map(([name, value]) => `  ${name}: ${value};`);
  return `cyber-scan {\n${lines.join('\n')}\n}`;
}
