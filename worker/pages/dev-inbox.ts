/**
 * @module `GET /dev/inbox`: the referrals and withdrawal notices this worker delivered to itself
 * under `npm start`, newest first, each with its payload, and the e-mails it would have sent. Development only; same strict CSP as
 * every page.
 */
import { html } from 'hono/html';
import type { InboxDelivery, InboxMail } from '../data';

/** What a list row shows, read from the payload when it is one of ours. */
interface Summary {
  /** A referral, or the notice that one was withdrawn (`event` in worker/delivery/README.md). */
  readonly kind: 'aanvraag' | 'ingetrokken' | '?';
  readonly network: string;
  readonly company: string;
}

/** How the page names each signature: the legacy one is CyberScan's own, from before the standard. */
const FORMATS: Readonly<Record<InboxDelivery['signature'], string>> = {
  standard: 'Standard Webhooks',
  legacy: 'legacy X-CyberScan',
  none: 'geen handtekening',
};

const KINDS: ReadonlyMap<unknown, Summary['kind']> = new Map([['referral.created', 'aanvraag'], ['referral.withdrawn', 'ingetrokken']]);

function summary(payload: string): Summary {
  try {
    const parsed: unknown = JSON.parse(payload);
    const body = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
      event?: unknown;
      network?: { id?: unknown; name?: unknown };
      company?: { name?: unknown };
    };
    const kind = KINDS.get(body.event) ?? '?';
    // A withdrawal notice names the network by id only, and no company: it carries no personal data.
    const company = kind === 'ingetrokken' ? '(gewist)' : String(body.company?.name ?? '?');
    return { kind, network: String(body.network?.name ?? body.network?.id ?? '?'), company };
  } catch {
    return { kind: '?', network: '?', company: '(geen JSON)' };
  }
}

/** Payloads are shown indented; anything that is not JSON as it came. */
function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

const row = (delivery: InboxDelivery) => {
  const { kind, network, company } = summary(delivery.payload);
  return html`<tr>
  <td><code>${delivery.delivery}</code></td>
  <td class="${kind === 'ingetrokken' ? 'withdrawn' : 'referral'}">${kind}</td>
  <td>${network}</td>
  <td>${company}</td>
  <td><time datetime="${delivery.receivedAt}">${delivery.receivedAt.replace('T', ' ').slice(0, 19)} UTC</time></td>
  <td class="${delivery.signatureOk ? 'ok' : 'bad'}">${delivery.signatureOk ? 'ja' : 'NEE'} <span class="format">(${FORMATS[delivery.signature]})</span></td>
  <td><details><summary>bekijk</summary><pre>${pretty(delivery.payload)}</pre></details></td>
</tr>`;
};

const mailRow = (mail: InboxMail) => html`<tr>
  <td>${mail.to}</td>
  <td>${mail.subject}</td>
  <td><time datetime="${mail.sentAt}">${mail.sentAt.replace('T', ' ').slice(0, 19)} UTC</time></td>
  <td><details><summary>bekijk</summary><pre>${mail.text}</pre></details></td>
</tr>`;

export const inboxPage = (deliveries: readonly InboxDelivery[], mails: readonly InboxMail[]) => html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ontwikkel-inbox: doorgestuurde aanvragen</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dev/inbox.css">
</head>
<body>
<h1>Ontwikkel-inbox</h1>
<p>
  Alleen bij lokale ontwikkeling. Elk regionaal netwerk krijgt hier zijn aanvragen, en het bericht
  dat een aanvraag is ingetrokken, als ondertekende webhook, precies zoals een echt netwerk ze
  ontvangt. De handtekening wordt gecontroleerd zoals een netwerk dat doet: de standaard
  (Standard Webhooks) zoals de specificatie het voorschrijft, de oude (legacy) met de
  controle uit de handleiding. Nieuwste eerst.
  <a href="/dev/inbox">Vernieuwen</a> · <a href="/">Naar de demopagina</a>
</p>
<h2 id="webhooks">Webhooks</h2>
${deliveries.length === 0
  ? html`<p class="empty">Nog niets ontvangen. Doe de check op de demopagina en vraag daarna een scan aan.</p>`
  : html`<table aria-labelledby="webhooks">
<thead><tr><th>Referentie</th><th>Soort</th><th>Netwerk</th><th>Bedrijf</th><th>Ontvangen</th><th>Handtekening klopt</th><th>Inhoud</th></tr></thead>
<tbody>
${deliveries.map(row)}
</tbody>
</table>`}
<h2 id="mails">E-mails</h2>
<p>Wat de worker zou versturen, zoals de bevestiging aan de ondernemer. Lokaal gaat er niets echt de deur uit.</p>
${mails.length === 0
  ? html`<p class="empty">Nog geen e-mails.</p>`
  : html`<table aria-labelledby="mails">
<thead><tr><th>Aan</th><th>Onderwerp</th><th>Verstuurd</th><th>Tekst</th></tr></thead>
<tbody>
${mails.map(mailRow)}
</tbody>
</table>`}
</body>
</html>
`;

export const inboxStylesheet = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid #ddd}
.ok{color:#05620f}.format{color:#555;font-weight:normal}.bad{color:#a00000;font-weight:bold}.withdrawn{color:#8a4b00;font-weight:bold}
pre{white-space:pre-wrap;font-size:.85rem;background:#f5f5f5;padding:.5rem;max-width:60rem}
.empty{color:#555}
`;
