/**
 * @module The code a partner pastes: the HTML (core/embed-code.ts, the same functions the
 * worker's /embed page renders the defaults with) and the CSS for their own stylesheet when they
 * chose other colours.
 */
import type { EmbedChoice } from '../core/embed-code';
import type { Theme } from './theme';

export interface EmbedSettings extends EmbedChoice {
  readonly theme: Theme;
}

/** A rule for the partner's stylesheet; a comment when the defaults need none. */
export function themeCss(theme: Theme): string {
  if (theme.size === 0) return '/* Standaardkleuren: je hebt geen CSS nodig. */';
  const lines = [...theme].map(([name, value]) => `  ${name}: ${value};`);
  return `cyber-scan {\n${lines.join('\n')}\n}`;
}
