/**
 * @module `GET /console`: the shell of the network console. The console itself is a Preact app
 * (console/, built to /console.js and /console.css); the shell only says what it is and what to
 * do when the script cannot run. No inline script or style: the page has the strict CSP too.
 */
import { html } from 'hono/html';

export const consolePage = () => html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>CyberScan console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/console.css">
<script type="module" src="/console.js"></script>
</head>
<body>
<div id="console">
<main class="page">
<h1>CyberScan console</h1>
<p>De console wordt geladen. Gebeurt er niets, zet dan JavaScript aan of probeer een recente browser.</p>
</main>
</div>
</body>
</html>
`;
