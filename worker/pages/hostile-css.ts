/**
 * @module `GET /demo/hostile-css`: a page whose CSS attacks everything, as a careless theme or
 * CMS can. The browser tests compare the widget here with the widget on the partner page.
 */
import { html } from 'hono/html';
import { demoLayout } from './layout';

/**
 * Served as `/demo/hostile.css`. `all: unset` reaches the `<cyber-scan>` host itself; the body
 * rules then flow into the shadow tree through inheritance, which is how page CSS really leaks in.
 */
export const hostileStylesheet = `*{all:unset!important}
html{font-size:4px!important}
body{color:#0f0!important;font-family:"Comic Sans MS",cursive!important;line-height:3!important}
body{letter-spacing:.3em!important;text-transform:uppercase!important;text-align:right!important}
button{background:red!important;color:#ff0!important;border-radius:0!important;padding:0!important}
`;

export const hostileCssPage = (origin: string) =>
  demoLayout({
    title: 'CyberScan-demo: vijandige CSS',
    origin,
    stylesheet: '/demo/hostile.css',
    body: html`<main>
  <h1>Vijandige CSS</h1>
  <p>
    Deze pagina zet alle stijlen overal uit, maakt de letters piepklein en kleurt knoppen rood. De check
    hieronder hoort er precies zo uit te zien als op de gewone partnerpagina.
  </p>
  <cyber-scan partner="demo" lang="nl"></cyber-scan>
</main>`,
  });
