/**
 * @module The code a partner pastes, in its two forms: the script embed and the iframe embed.
 * The partner tools (embed/) write it as the partner types; the worker's /embed page renders the
 * defaults with the same functions before that script runs, so the two never drift apart.
 */
import { PARTNER_ID_PATTERN } from './partner-id';

/** What the code depends on. */
export interface EmbedChoice {
  readonly lang: 'nl' | 'en';
  /** As typed: empty, or possibly not a valid id. */
  readonly partner: string;
  /** A network id, or empty: route referrals by postcode. */
  readonly network: string;
}

/** Shown in the code until a valid partner id is typed; never copyable (embed/main.ts). */
export const PARTNER_PLACEHOLDER = 'jouw-partner-id';

/** Dutch, no partner id yet, no network: what /embed shows first. */
export const DEFAULT_EMBED: EmbedChoice = { lang: 'nl', partner: '', network: '' };

/** Whether `partner` may go into code to copy: a valid id, and not the placeholder typed in by hand. */
export const isCopyablePartner = (partner: string): boolean => partner !== PARTNER_PLACEHOLDER && PARTNER_ID_PATTERN.test(partner);

const attribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const partnerIn = (choice: EmbedChoice) => (isCopyablePartner(choice.partner) ? choice.partner : PARTNER_PLACEHOLDER);

/** The script tag and the element, for `origin` (this deployment). */
export function embedHtml(origin: string, choice: EmbedChoice): string {
  const network = choice.network ? ` network="${attribute(choice.network)}"` : '';
  return `<script src="${origin}/widget.js" async></script>\n` +
    `<cyber-scan partner="${partnerIn(choice)}" lang="${choice.lang}"${network}></cyber-scan>`;
}

/**
 * The iframe and the optional one-line resizer. Width and height as attributes, not a `style`
 * attribute, which a strict CSP blocks; the resizer sets the height from the content.
 */
export function frameHtml(origin: string, choice: EmbedChoice): string {
  const query = `partner=${partnerIn(choice)}&amp;lang=${choice.lang}`;
  return `<iframe src="${origin}/frame?${query}" title="CyberScan: hoe digitaal veilig is je bedrijf?" width="100%" height="900"></iframe>\n` +
    `<script src="${origin}/frame-resizer.js" async></script>`;
}
