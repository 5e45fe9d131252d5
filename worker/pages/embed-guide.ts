/**
 * @module The guidance part of /embed: where the code goes on the sites partners actually have
 * (WordPress, a CMS that strips scripts, a strict CSP), which of the two forms to use, and what
 * happens while a site is not registered yet.
 */
import { html } from 'hono/html';

const forms = html`<h3>Welke vorm kies je?</h3>
<ul>
<li><strong>HTML</strong> (script en element): de gewone manier. De check past zich aan je pagina aan, neemt
je kleuren over en je kunt op de gebeurtenissen reageren (stap 6).</li>
<li><strong>Iframe</strong>: als je website geen <code>&lt;script&gt;</code> toestaat, zoals veel
gemeentelijke CMS'en. De check draait dan op een eigen pagina
binnen een kader. Met de tweede regel (het script) groeit het kader mee met de check en komen de
gebeurtenissen op het <code>&lt;iframe&gt;</code>-element binnen; mag ook dat script niet, dan heeft het
kader een vaste hoogte van 900 pixels en scrolt de check daarbinnen. Je kleuren gaan niet mee.</li>
</ul>`;

const wordpress = html`<h3>WordPress</h3>
<ol>
<li>Open de pagina in de blokeditor en klik op de plek waar de check moet komen.</li>
<li>Voeg een blok <strong>Aangepaste HTML</strong> toe (zoek op "HTML"; in het Engels: <em>Custom HTML</em>).</li>
<li>Plak de HTML-code in dat blok en klik in de werkbalk van het blok op <strong>Voorbeeld</strong> om te zien of de check verschijnt.</li>
<li>Publiceer of werk de pagina bij.</li>
</ol>
<p>Verschijnt de check niet, of is de code na opslaan weg? Dan filtert WordPress je HTML: alleen wie het recht
<code>unfiltered_html</code> heeft, mag scripts plaatsen. Op een gewone WordPress-site hebben
beheerders en redacteuren dat recht, op een multisite alleen superbeheerders, en staat de constante
<code>DISALLOW_UNFILTERED_HTML</code> aan, dan heeft niemand het. Vraag dan iemand met dat
recht de code te plaatsen. Op een website die geen scripts maar wel iframes toestaat, gebruik je de iframe-code.</p>`;

const strictCsp = (origin: string) => html`<h3>Een website met een strikte Content-Security-Policy</h3>
<p>Zet de bronnen uit stap 5 in je CSP. Voor de iframe-vorm is alleen <code>frame-src ${origin}</code>
nodig, en <code>script-src ${origin}</code> voor het script dat de hoogte regelt.</p>`;

const registration = html`<h3>Is je site al geregistreerd?</h3>
<p>Je registreert je site met het formulier "Registreer je site" bovenaan deze pagina; de beheerder van
CyberScan of het netwerk dat je kiest keurt de aanmelding goed. Werkt de code al voor die tijd? Ja:
uitkomsten tellen dan mee onder "niet-geregistreerde sites", en wie een volledige scan aanvraagt, doet
eerst een extra controle tegen misbruik (Cloudflare Turnstile, zie stap 5). Lukt die controle niet, dan
ziet de ondernemer hoe die het netwerk zelf bereikt.</p>`;

/** The guidance section of /embed for this deployment's `origin`. */
export const embedGuide = (origin: string) => html`<section aria-labelledby="guide-title">
<h2 id="guide-title">4. Waar zet je de code?</h2>
${forms}
${wordpress}
${strictCsp(origin)}
${registration}
</section>`;
