/**
 * @module `GET /frame`: the widget on a page of its own, for sites whose CMS forbids scripts and
 * can only embed an iframe. Nothing but the widget and the frame script (frame-scripts.ts).
 */
import { html } from 'hono/html';
import type { Lang } from '../../core/bank/types';

/** The page inside the iframe, for `partner` in `lang`, counting for `network` when given. */
export const framePage = (partner: string, lang: Lang, network?: string) => html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CyberScan</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/frame.css">
<script src="/widget.js" async></script>
<script type="module" src="/frame.js"></script>
</head>
<body>
<cyber-scan partner="${partner}" lang="${lang}"${network === undefined ? '' : html` network="${network}"`}></cyber-scan>
</body>
</html>
`;

/** No margin: the frame's height is the widget's. */
export const frameStylesheet = 'html, body { margin: 0; padding: 0; background: transparent; }\n';
