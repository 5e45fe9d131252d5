/**
 * @module Keeps the live preview, a real `<cyber-scan>`, in step with the settings. Every changed
 * attribute mounts the widget afresh, so only attributes that really changed are set.
 */
import { PARTNER_ID_PATTERN } from '../core/partner-id';
import type { EmbedSettings } from './snippet';
import { applyTheme } from './theme';

/** Saved progress is kept per partner; until a valid id is typed the preview has its own. */
const PREVIEW_PARTNER = 'voorbeeld';

function setAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

export function updatePreview(preview: HTMLElement, settings: EmbedSettings): void {
  setAttribute(preview, 'partner', PARTNER_ID_PATTERN.test(settings.partner) ? settings.partner : PREVIEW_PARTNER);
  setAttribute(preview, 'lang', settings.lang);
  setAttribute(preview, 'network', settings.network || null);
  applyTheme(preview, settings.theme);
}
