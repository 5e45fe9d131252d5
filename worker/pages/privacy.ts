/**
 * @module The privacy statement at /privacy that the check links to from its intro: what the check
 * keeps, for what, and for how long. Dutch, and English with `?lang=en`. Every sentence states
 * what this code does (README, "Privacy"); change it with the code it describes.
 */
import { html } from 'hono/html';
import type { Lang } from '../../core/bank/types';
import { fill } from '../../core/fill';
import type { RetentionPolicy } from '../data/retention';
import { WITHDRAWAL_PATH } from '../../core/withdrawal';

/** The path of the page; the widget links to it on its own host. */
export const PRIVACY_PATH = '/privacy';

const TEXT = {
  nl: {
    title: 'Privacy bij de check',
    sections: [
      ['Tijdens de check', 'Je antwoorden blijven in je browser. Alleen om een onafgemaakte check later af te maken, bewaart je browser je voortgang voor deze website. De check zet geen cookies en geeft je geen bezoekersnummer.'],
      ['Bij je uitslag: anonieme statistiek', 'Zie je je uitslag, dan gaat er een anoniem resultaat naar ons: je antwoorden, je sector en grootte in grove groepen, en de regio die bij je postcode hoort. De postcode zelf bewaren we niet, net zo min als je IP-adres, je browser of het tijdstip; alleen de dag. Regionale netwerken zien hieruit cijfers over groepen van minstens vijf bedrijven, nooit over één bedrijf. Een website kan dit versturen uitzetten.'],
      ['Als je een scan aanvraagt', 'Je naam, bedrijf en contactgegevens gaan alleen naar het regionale netwerk dat op het formulier staat, zodat het contact met je opneemt over een scan. Je losse antwoorden gaan alleen mee als je dat aanvinkt. We wissen je gegevens uiterlijk {afterClose} dagen nadat je aanvraag is afgehandeld, en nooit later dan {max} dagen na je aanvraag.'],
      ['Intrekken', 'Wil je je aanvraag intrekken? Dat kan met de referentie uit je bevestiging:'],
    ],
    withdraw: 'aanvraag intrekken',
    questions: 'Vragen over je gegevens? Neem contact op met de organisatie die de check op haar website aanbiedt, of met je regionale netwerk.',
    other: 'In English',
  },
  en: {
    title: 'Privacy in the check',
    sections: [
      ['During the check', 'Your answers stay in your browser. Only so that you can finish a check later, your browser keeps your progress for this website. The check sets no cookies and gives you no visitor number.'],
      ['With your result: anonymous statistics', 'When you see your result, an anonymous result is sent to us: your answers, your sector and size in coarse groups, and the region your postcode belongs to. We do not keep the postcode itself, nor your IP address, your browser or the time; only the day. Regional networks see figures about groups of at least five companies from it, never about one company. A website can turn this off.'],
      ['If you ask for a scan', 'Your name, company and contact details go only to the regional network named on the form, so that it contacts you about a scan. Your individual answers go along only if you tick that box. We erase your details no later than {afterClose} days after your request is dealt with, and never later than {max} days after your request.'],
      ['Withdrawing', 'Want to withdraw your request? You can, with the reference from your confirmation:'],
    ],
    withdraw: 'withdraw a request',
    questions: 'Questions about your data? Contact the organisation that offers the check on its website, or your regional network.',
    other: 'In het Nederlands',
  },
} as const;

/** The whole page in `lang`, with the retention the deployment configured; it reuses the withdrawal page's stylesheet. */
export function privacyPage(lang: Lang, retention: RetentionPolicy) {
  const t = TEXT[lang];
  const days = { afterClose: retention.daysAfterClose, max: retention.maxDays };
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${WITHDRAWAL_PATH}.css">
</head>
<body>
<main>
<h1>${t.title}</h1>
${t.sections.map(([heading, text]) => html`<h2>${heading}</h2>
<p>${fill(text, days)}</p>`)}
<p><a href="${WITHDRAWAL_PATH}?lang=${lang}">${t.withdraw}</a></p>
<p>${t.questions}</p>
<p><a href="${PRIVACY_PATH}?lang=${other}" hreflang="${other}" lang="${other}">${t.other}</a></p>
</main>
</body>
</html>
`;
}
