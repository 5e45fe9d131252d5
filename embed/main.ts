/**
 * @module The script of /embed, the partner tools page (worker/pages/embed.ts): every change to
 * the settings updates the code to paste and the live preview at once. The page's HTML already
 * holds the default code, so it is useful before (and without) this script.
 */
import { embedHtml, frameHtml, isCopyablePartner } from '../core/embed-code';
import { PARTNER_ID_PATTERN } from '../core/partner-id';
import './embed.css';
import { contrastRatio, TEXT_CONTRAST } from './contrast';
import { copyCode } from './copy';
import { loadNetworkOptions } from './networks';
import { setUpRegistration } from './registration';
import { updatePreview } from './preview';
import { readSettings, resetTheme } from './settings';
import { themeCss, type EmbedSettings } from './snippet';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = byId<HTMLFormElement>('embed-settings');
const partner = byId<HTMLInputElement>('partner');
const partnerError = byId('partner-error');
const preview = byId('preview-scan');

const colour = (id: string) => byId<HTMLInputElement>(id).value;

const ratio = (a: string, b: string) => contrastRatio(colour(a), colour(b));

/** The colour pairs the widget puts text on, with what a too-weak pair means to a visitor. */
function contrastWarnings(): string {
  const pairs = [
    [ratio('accent', 'accent-text'), 'tekst op knoppen (tekst op accent)'],
    [ratio('text', 'surface'), 'gewone tekst (tekst op achtergrond)'],
  ] as const;
  return pairs
    .filter(([value]) => value < TEXT_CONTRAST)
    .map(([value, what]) => `Let op: ${what} heeft een contrast van ${value.toFixed(1).replace('.', ',')}:1; kies minstens 4,5:1.`)
    .join(' ');
}

function showPartnerProblem(settings: EmbedSettings): void {
  const invalid = settings.partner !== '' && !PARTNER_ID_PATTERN.test(settings.partner);
  partner.setAttribute('aria-invalid', String(invalid));
  partnerError.hidden = !invalid;
}

function update(): void {
  const settings = readSettings(form);
  byId('snippet-html').textContent = embedHtml(location.origin, settings);
  byId('snippet-frame').textContent = frameHtml(location.origin, settings);
  // Until a valid id is typed the code holds the placeholder, which must never be pasted anywhere.
  const copyable = isCopyablePartner(settings.partner);
  byId('snippet-status').hidden = copyable;
  for (const id of ['snippet-html', 'snippet-frame']) byId<HTMLButtonElement>(`copy-${id}`).disabled = !copyable;
  byId('snippet-css').textContent = themeCss(settings.theme);
  byId('contrast-status').textContent = contrastWarnings();
  showPartnerProblem(settings);
  updatePreview(preview, settings);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
byId('reset-theme').addEventListener('click', () => {
  resetTheme();
  update();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', () => copyCode(byId(button.dataset.copy!), button.dataset.what!, byId('copy-status')));
}
update();
void loadNetworkOptions(byId<HTMLSelectElement>('network'), byId('network-status'));
void loadNetworkOptions(byId<HTMLSelectElement>('register-network'), byId('register-network-status'));
setUpRegistration((id) => {
  partner.value = id;
  update();
});
