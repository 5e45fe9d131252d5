/**
 * @module `GET /embed`: the partner tools page. A partner sets language, partner id, an optional
 * network and colours, watches a real `<cyber-scan>` follow along, and copies the code. The HTML
 * holds the default code already; embed/main.ts (built to /embed.js) keeps it up to date.
 */
import { html } from 'hono/html';
import { DEFAULT_EMBED, embedHtml, frameHtml } from '../../core/embed-code';
import { embedGuide } from './embed-guide';
import { embedRegistration, type RegistrationSettings } from './embed-registration';
import { embedReference } from './embed-reference';

const colour = (id: string, label: string, value: string) =>
  html`<p class="colour"><input type="color" id="${id}" name="${id}" value="${value}"> <label for="${id}">${label}</label></p>`;

const settings = html`<section class="panel" aria-labelledby="settings-title">
<h2 id="settings-title">1. Stel de check in</h2>
<form id="embed-settings" novalidate>
<fieldset>
<legend>Taal van de check</legend>
<p class="choice"><input type="radio" id="lang-nl" name="lang" value="nl" checked> <label for="lang-nl">Nederlands</label></p>
<p class="choice"><input type="radio" id="lang-en" name="lang" value="en"> <label for="lang-en">Engels</label></p>
</fieldset>
<p class="field">
<label for="partner">Partner-id</label>
<span class="hint" id="partner-hint">Die krijg je van de beheerder van CyberScan; alleen kleine letters, cijfers en streepjes.</span>
<span class="error" id="partner-error" hidden>Een partner-id heeft alleen kleine letters, cijfers en streepjes.</span>
<input id="partner" name="partner" autocomplete="off" spellcheck="false" maxlength="64" aria-describedby="partner-hint partner-error">
</p>
<p class="field">
<label for="network">Vast netwerk (niet verplicht)</label>
<span class="hint" id="network-hint">Alleen voor de website van een regionaal netwerk: aanvragen gaan dan altijd naar dat netwerk, niet naar het netwerk bij de postcode.</span>
<select id="network" name="network" aria-describedby="network-hint network-status"><option value="">Geen: verwijzen op postcode</option></select>
<span class="hint" id="network-status" role="status"></span>
</p>
<fieldset>
<legend>Kleuren</legend>
${colour('accent', 'Accent (knoppen, balken, focusrand)', '#1d4ed8')}
${colour('accent-text', 'Tekst op de accentkleur', '#ffffff')}
${colour('text', 'Tekst', '#1f2937')}
${colour('surface', 'Achtergrond', '#ffffff')}
<p class="warning" id="contrast-status" role="status"></p>
<p><button type="button" id="reset-theme">Standaardkleuren terugzetten</button></p>
</fieldset>
</form>
</section>`;

const preview = html`<section class="panel" aria-labelledby="preview-title">
<h2 id="preview-title">2. Bekijk het voorbeeld</h2>
<p>Dit is de echte check met jouw instellingen. Uitkomsten van dit voorbeeld tellen niet mee in de statistieken.</p>
<cyber-scan id="preview-scan" partner="voorbeeld" lang="nl" stats="off"></cyber-scan>
</section>`;

const code = (origin: string) => html`<section aria-labelledby="code-title">
<h2 id="code-title">3. Kopieer de code</h2>
<p class="notice" id="snippet-status" role="status">Vul eerst je partner-id in (stap 1). Tot dan staat er
<code>jouw-partner-id</code> in de code, en die kun je niet kopiëren.</p>
<h3>HTML (de gewone manier)</h3>
<p>Zet dit op de plek in je pagina waar de check moet komen.</p>
<pre><code id="snippet-html">${embedHtml(origin, DEFAULT_EMBED)}</code></pre>
<p><button type="button" id="copy-snippet-html" data-copy="snippet-html" data-what="HTML-code" disabled>Kopieer de HTML</button></p>
<h3>Iframe (als je website geen scripts toestaat)</h3>
<p>Voor een CMS dat <code>&lt;script&gt;</code> weghaalt. Lukt het script op de tweede regel niet, dan
werkt de check ook, maar met een vaste hoogte.</p>
<pre><code id="snippet-frame">${frameHtml(origin, DEFAULT_EMBED)}</code></pre>
<p><button type="button" id="copy-snippet-frame" data-copy="snippet-frame" data-what="iframe-code" disabled>Kopieer de iframe-code</button></p>
<h3>CSS</h3>
<p>Alleen nodig als je andere kleuren koos, en alleen bij de gewone manier. Zet het in je eigen stylesheet: een <code>style</code>-attribuut
of <code>&lt;style&gt;</code>-blok blokkeert een strikte Content-Security-Policy.</p>
<pre><code id="snippet-css">/* Standaardkleuren: je hebt geen CSS nodig. */</code></pre>
<p><button type="button" data-copy="snippet-css" data-what="CSS-code">Kopieer de CSS</button></p>
<p class="hint" id="copy-status" role="status"></p>
</section>`;

/** The page for this deployment's `origin`, with the registration form's `registration` settings. */
export const embedPage = (origin: string, registration: RegistrationSettings) => html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CyberScan op je eigen website</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/embed.css">
<script src="/widget.js" async></script>
<script type="module" src="/embed.js"></script>
</head>
<body>
<main class="page">
<h1>CyberScan op je eigen website</h1>
<p class="lead">Zet de check van vijf minuten op de website van je gemeente, vereniging of netwerk. Ondernemers
zien direct hoe digitaal veilig hun bedrijf is, en wie een volledige scan wil, komt bij het regionale
netwerk terecht. Stel de check hieronder in en kopieer de code.</p>
${embedRegistration(registration)}
<div class="columns">
${settings}
${preview}
</div>
${code(origin)}
${embedGuide(origin)}
${embedReference(origin)}
</main>
</body>
</html>
`;
