/** @module What a partner can set (partner id, language, API origin, statistics, network) and the defaults. */
import { LANGS, type Lang } from '../core/bank/types';
import { scriptOrigin } from './script-origin';

/** Options of `CyberScan.mount`, and the attributes of `<cyber-scan>`. */
export interface MountOptions {
  /** The partner's id; also keeps each partner's saved progress apart. */
  readonly partner?: string;
  /** `nl` or `en` (a tag like `en-GB` counts as `en`). */
  readonly lang?: string;
  /** Origin of the CyberScan API; defaults to where widget.js came from. */
  readonly api?: string;
  /** `off` keeps the anonymous result in the browser instead of counting it in the statistics. */
  readonly stats?: string;
  /** A network's id, on that network's own site: referrals go there without routing by postcode. */
  readonly network?: string;
  /** Who offers the check on this page (the partner or network, by name); the intro names it. */
  readonly organiser?: string;
}

/** The options with their defaults; `stats` and `network` need none. */
export interface WidgetOptions extends MountOptions {
  readonly partner: string;
  readonly lang: Lang;
  readonly api: string;
}

const supportedLang = (tag: string | null | undefined): Lang | undefined =>
  LANGS.find((lang) => lang === tag?.toLowerCase().split('-')[0]);

/**
 * Fills in the defaults: the language falls back to the host page's `<html lang>` when that is
 * Dutch or English, else Dutch; the API to the origin of widget.js.
 */
export function resolveOptions(options: MountOptions, doc: Document): WidgetOptions {
  return {
    ...options,
    partner: options.partner ?? '',
    lang: supportedLang(options.lang) ?? supportedLang(doc.documentElement.lang) ?? 'nl',
    api: (options.api ?? scriptOrigin).replace(/\/+$/, ''),
  };
}
