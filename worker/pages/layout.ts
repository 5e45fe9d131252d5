/** @module The frame of every demo page: head, the widget's script tag, and the demo notice. */
import { html } from 'hono/html';

export interface DemoPage {
  readonly title: string;
  /** Origin of the request, so the script tag is the absolute URL a partner would paste. */
  readonly origin: string;
  /** Path of the page's own stylesheet: the CSP allows no inline styles, not even here. */
  readonly stylesheet: string;
  /** Module scripts of the page itself, by path; never inline, for the same reason. */
  readonly scripts?: readonly string[];
  readonly body: unknown;
}

/**
 * Renders a demo page. Interpolated values are escaped by Hono's `html` tag; nested `html`
 * templates are inserted as they are. The empty `data:,` icon stops the browser from asking for
 * /favicon.ico, whose 404 would show up as a console error in the browser tests.
 */
export function demoLayout({ title, origin, stylesheet, scripts = [], body }: DemoPage) {
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheet}">
<script src="${origin}/widget.js" async></script>
${scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
<p class="demo-notice" role="note">
  Demo van CyberScan: deze pagina en Ondernemersvereniging Lindewaard zijn verzonnen. Zo plaatst een
  partner de check op de eigen website. Bekijk ook: <a href="/">de partnerpagina</a>,
  <a href="/demo/multiple">meerdere checks</a>, <a href="/demo/hostile-css">vijandige CSS</a>.
</p>
${body}
</body>
</html>
`;
}
