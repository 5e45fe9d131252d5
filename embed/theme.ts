/**
 * @module The widget's colour custom properties a partner can set on this page, with the defaults
 * widget/README.md documents. `<input type=color>` needs `#rrggbb`, so `#fff` is written out.
 */

export interface ThemeProperty {
  /** The custom property, e.g. `--cyberscan-accent`. */
  readonly name: string;
  /** The id of its colour input on the page (worker/pages/embed.ts). */
  readonly input: string;
  readonly fallback: string;
}

export const THEME: readonly ThemeProperty[] = [
  { name: '--cyberscan-accent', input: 'accent', fallback: '#1d4ed8' },
  { name: '--cyberscan-accent-text', input: 'accent-text', fallback: '#ffffff' },
  { name: '--cyberscan-text', input: 'text', fallback: '#1f2937' },
  { name: '--cyberscan-surface', input: 'surface', fallback: '#ffffff' },
];

/** Property name → colour, only for the colours that differ from the widget's own. */
export type Theme = ReadonlyMap<string, string>;

/**
 * Sets the theme on the preview through the CSSOM, which a CSP without 'unsafe-inline' allows
 * (a `style` attribute in markup it would block). Defaults are removed, not set, so the preview
 * shows exactly what the partner's CSS would do.
 */
export function applyTheme(element: HTMLElement, theme: Theme): void {
  for (const { name } of THEME) {
    const value = theme.get(name);
    if (value === undefined) element.style.removeProperty(name);
    else element.style.setProperty(name, value);
  }
}
