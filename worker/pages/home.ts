/** @module `GET /`: the website of a fictional business association that embeds the widget. */
import { html } from 'hono/html';
import { demoLayout } from './layout';

export const homePage = (origin: string) =>
  demoLayout({
    title: 'Ondernemersvereniging Lindewaard: hoe digitaal veilig is je bedrijf?',
    origin,
    stylesheet: '/demo/site.css',
    body: html`<header class="site-header">
  <p class="site-name">Ondernemersvereniging <strong>Lindewaard</strong></p>
  <nav aria-label="Hoofdmenu">
    <a href="#cyberscan">CyberScan</a>
    <a href="#agenda">Agenda</a>
    <a href="#lid-worden">Lid worden</a>
  </nav>
</header>
<main class="site-main">
  <section id="cyberscan" class="scan-section">
    <h1>Hoe digitaal veilig is je bedrijf?</h1>
    <p>
      Een overgenomen mailbox, een valse factuur of gegijzelde bestanden: het overkomt ook de bakker,
      de installateur en het adviesbureau om de hoek. Doe de check en weet in vijf minuten waar je
      staat en wat je deze week al kunt verbeteren. Gratis en anoniem.
    </p>
    <cyber-scan partner="demo" lang="nl"></cyber-scan>
  </section>
  <aside class="site-aside">
    <section id="agenda">
      <h2>Agenda</h2>
      <ul class="agenda">
        <li><strong>Ledenavond: phishing herkennen</strong> donderdag, 19.30 uur, Dorpshuis De Brink</li>
        <li><strong>Ontbijtsessie: back-ups die echt werken</strong> dinsdag, 7.30 uur, Hotel Lindehof</li>
      </ul>
    </section>
    <section id="lid-worden">
      <h2>Lid worden</h2>
      <p>Ondernemers uit Lindewaard en omgeving zijn lid. Samen staan we sterker, ook digitaal.</p>
    </section>
  </aside>
</main>
<footer class="site-footer">Ondernemersvereniging Lindewaard (fictief) · Marktplein 1 · Lindewaard</footer>`,
  });
