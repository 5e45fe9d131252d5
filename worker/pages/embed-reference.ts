/**
 * @module The reference part of /embed: the Content-Security-Policy a partner's site needs for
 * this deployment, and the events the widget sends (widget/README.md and, for `cyberscan:referral`,
 * core/contracts.ts are the source).
 */
import { html } from 'hono/html';

const eventsExample = `document.addEventListener('cyberscan:start', () => {
  // De bezoeker begon aan de check.
});
document.addEventListener('cyberscan:complete', (event) => {
  const { overall, band, principles } = event.detail; // nooit de antwoorden zelf
  console.log(\`Score \${overall} van 100, kleur \${band}\`, principles);
});
document.addEventListener('cyberscan:referral', (event) => {
  console.log('Scan aangevraagd bij netwerk', event.detail.network);
});`;

const csp = (origin: string) => html`<section aria-labelledby="csp-title">
<h2 id="csp-title">5. Content-Security-Policy</h2>
<p>Heeft je website een Content-Security-Policy? Voeg dan deze bron toe aan twee directives, naast wat
daar al staat (zoals <code>'self'</code>):</p>
<pre><code id="csp-directives">script-src ${origin}
connect-src ${origin}</code></pre>
<ul>
<li><code>script-src</code>: voor <code>widget.js</code>, en voor wat de check zelf laadt als het nodig
is: <code>widget-referral.js</code>, het aanvraagformulier, zodra een ondernemer een volledige scan
wil, <code>widget-en.js</code>, de Engelse teksten, en <code>widget-advice.js</code>, de adviezen bij
de uitkomst, die al tijdens de vragen laden.</li>
<li><code>connect-src</code>: voor de Engelse vragen, de anonieme uitkomst voor de statistieken en
de aanvraag bij het netwerk.</li>
<li>Verder niets: de check zet zijn opmaak in een eigen shadow root (constructable stylesheets), dus
<code>style-src</code> hoeft niet te veranderen en <code>'unsafe-inline'</code> is nergens nodig. Er
zijn geen afbeeldingen van buiten.</li>
</ul>
<p>Is je site (nog) niet geregistreerd, of vroeg je om de controle tegen misbruik? Dan laadt het
aanvraagformulier Cloudflare Turnstile. Voeg daarvoor ook toe:</p>
<pre><code id="csp-turnstile">script-src https://challenges.cloudflare.com
frame-src https://challenges.cloudflare.com</code></pre>
<p>Zonder die bronnen (of met een adblocker die Turnstile tegenhoudt) zegt het formulier dat de controle
niet kon laden, en hoe de ondernemer het netwerk zelf bereikt.</p>
<p>Werkt je CSP met een nonce en <code>'strict-dynamic'</code>? Dan negeert de browser bronnen als
hierboven in <code>script-src</code>. Geef de scripttag van <code>widget.js</code> je nonce
(<code>&lt;script src="${origin}/widget.js" nonce="…" async&gt;</code>); het aanvraagformulier dat
<code>widget.js</code> toevoegt, en de Engelse teksten, zijn dan via <code>'strict-dynamic'</code> toegestaan.
<code>connect-src ${origin}</code> blijft nodig.</p>
</section>`;

const events = html`<section aria-labelledby="events-title">
<h2 id="events-title">6. Reageren op de check</h2>
<p>De check stuurt gebeurtenissen naar het <code>&lt;cyber-scan&gt;</code>-element. Ze bubbelen
omhoog, dus je kunt ook op <code>document</code> luisteren.</p>
<table>
<caption>Gebeurtenissen van de check</caption>
<thead><tr><th scope="col">Gebeurtenis</th><th scope="col">Wanneer</th><th scope="col"><code>event.detail</code></th></tr></thead>
<tbody>
<tr><th scope="row"><code>cyberscan:start</code></th><td>De bezoeker start de check.</td><td>Geen.</td></tr>
<tr><th scope="row"><code>cyberscan:complete</code></th><td>De bezoeker ziet de uitkomst na de laatste vraag (één keer per ingevulde check; niet als de uitkomst niet kan laden).</td>
<td><code>{ bankVersion, overall, band, principles: [{ id, score }] }</code>: score 0 tot 100, kleur
<code>green</code>, <code>orange</code> of <code>red</code>. Nooit de antwoorden.</td></tr>
<tr><th scope="row"><code>cyberscan:referral</code></th><td>De ondernemer heeft een volledige scan aangevraagd bij het netwerk.</td>
<td><code>{ network }</code>: de id van het netwerk. Nooit wat de ondernemer invulde.</td></tr>
</tbody>
</table>
<pre><code>${eventsExample}</code></pre>
</section>`;

export const embedReference = (origin: string) => html`${csp(origin)}
${events}`;
