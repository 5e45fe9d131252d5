/**
 * @module `GET /demo/multiple`: several widgets on one page, including the single-page-app cases
 * (an element inserted later, and `window.CyberScan.mount`), driven by `/demo/spa.js`.
 */
import { html } from 'hono/html';
import { demoLayout } from './layout';

export const multiplePage = (origin: string) =>
  demoLayout({
    title: 'CyberScan-demo: meerdere checks op één pagina',
    origin,
    stylesheet: '/demo/site.css',
    scripts: ['/demo/spa.js'],
    body: html`<main class="demo-main">
  <h1>Meerdere checks op één pagina</h1>
  <p>
    Twee checks staan in de HTML, in het Nederlands en in het Engels. Een derde plaatst een script met
    <code>window.CyberScan.mount()</code>; een vierde voeg je zelf toe, zoals een single-page app dat doet.
    Ze werken los van elkaar.
  </p>
  <div class="scan-grid">
    <section>
      <h2>In de HTML (Nederlands)</h2>
      <cyber-scan partner="demo" lang="nl"></cyber-scan>
    </section>
    <section lang="en">
      <h2>In the HTML (English)</h2>
      <cyber-scan partner="demo" lang="en"></cyber-scan>
    </section>
    <section>
      <h2>Met <code>mount()</code></h2>
      <div id="mounted-scan"></div>
    </section>
    <section>
      <h2>Later toegevoegd</h2>
      <button type="button" id="add-scan">Voeg een check toe</button>
      <div id="added-scans"></div>
    </section>
  </div>
</main>`,
  });
