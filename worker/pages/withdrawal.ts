/**
 * @module The withdrawal page at /withdraw: a plain form, no script, that an entrepreneur reaches
 * from the link in their confirmation. Dutch, and English with `?lang=en`.
 */
import { html } from 'hono/html';
import type { Lang } from '../../core/bank/types';
import { WITHDRAWAL_PATH } from '../../core/withdrawal';

type Field = 'reference' | 'email';

export interface WithdrawalFormState {
  readonly lang: Lang;
  readonly reference: string;
  readonly email: string;
  readonly errors: Partial<Record<Field, true>>;
}

const TEXT = {
  nl: {
    title: 'Aanvraag voor een cyberscan intrekken',
    intro: 'Heb je via CyberScan een cyberscan aangevraagd en wil je dat niet meer? Vul de referentie uit de bevestiging en het e-mailadres van de aanvraag in. We wissen dan direct je gegevens, en het regionale netwerk ziet dat je de aanvraag hebt ingetrokken.',
    reference: 'Referentie, bijvoorbeeld CS-7K4P-2QX9',
    email: 'E-mailadres van de aanvraag',
    submit: 'Aanvraag intrekken',
    errorSummary: 'Controleer de velden hieronder.',
    referenceError: 'Vul de referentie in zoals die in de bevestiging staat, bijvoorbeeld CS-7K4P-2QX9.',
    emailError: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    doneTitle: 'Verzoek ontvangen',
    done: 'Als de referentie en het e-mailadres bij een aanvraag horen, zijn de gegevens daarvan nu gewist en ziet het netwerk dat de aanvraag is ingetrokken.',
    why: 'We zeggen niet of we een aanvraag gevonden hebben: zo kan niemand uitproberen welke e-mailadressen bij ons bekend zijn. Heeft het netwerk al contact met je gehad? Laat het dan ook zelf weten.',
    tooMany: 'Te veel verzoeken na elkaar. Probeer het over een minuut opnieuw.',
    other: 'In English',
  },
  en: {
    title: 'Withdraw a request for a cyber scan',
    intro: 'Did you ask for a cyber scan through CyberScan and no longer want it? Enter the reference from the confirmation and the e-mail address of the request. We erase your data at once, and the regional network sees that you withdrew the request.',
    reference: 'Reference, for example CS-7K4P-2QX9',
    email: 'E-mail address of the request',
    submit: 'Withdraw the request',
    errorSummary: 'Please check the fields below.',
    referenceError: 'Enter the reference as shown in the confirmation, for example CS-7K4P-2QX9.',
    emailError: 'Enter a valid e-mail address, such as name@example.nl.',
    doneTitle: 'Request received',
    done: 'If the reference and e-mail address belong to a request, its data is now erased and the network sees that the request was withdrawn.',
    why: 'We do not say whether we found a request, so nobody can test which e-mail addresses we know. Has the network contacted you already? Then please tell them too.',
    tooMany: 'Too many requests in a row. Please try again in a minute.',
    other: 'In het Nederlands',
  },
} as const;

const frame = (lang: Lang, title: string, body: unknown) => html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${WITHDRAWAL_PATH}.css">
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;

const field = (state: WithdrawalFormState, name: Field, label: string, error: string, attributes: unknown) => {
  const invalid = state.errors[name] === true;
  return html`<p class="field">
<label for="${name}">${label}</label>
${invalid ? html`<span class="error" id="${name}-error">${error}</span>` : ''}
<input id="${name}" name="${name}" value="${state[name]}" required ${attributes}${invalid ? html` aria-invalid="true" aria-describedby="${name}-error"` : ''}>
</p>`;
};

/** The form, with `state.errors` marked on their fields. */
export function withdrawalFormPage(state: WithdrawalFormState) {
  const t = TEXT[state.lang];
  const other: Lang = state.lang === 'nl' ? 'en' : 'nl';
  const hasErrors = Object.keys(state.errors).length > 0;
  // The same form in the other language keeps a reference that came with the link.
  const otherQuery = new URLSearchParams({ lang: other, ...(state.reference && !state.errors.reference ? { reference: state.reference } : {}) });
  return frame(state.lang, t.title, html`<p>${t.intro}</p>
${hasErrors ? html`<p class="error-summary" role="alert">${t.errorSummary}</p>` : ''}
<form method="post" action="${WITHDRAWAL_PATH}" novalidate>
<input type="hidden" name="lang" value="${state.lang}">
${field(state, 'reference', t.reference, t.referenceError, html`autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20"`)}
${field(state, 'email', t.email, t.emailError, html`type="email" autocomplete="email" maxlength="254"`)}
<p><button type="submit">${t.submit}</button></p>
</form>
<p><a href="${WITHDRAWAL_PATH}?${otherQuery}" hreflang="${other}" lang="${other}">${t.other}</a></p>`);
}

/** The same page for every valid request, matched or not. */
export const withdrawalDonePage = (lang: Lang) =>
  frame(lang, TEXT[lang].doneTitle, html`<p role="status">${TEXT[lang].done}</p>
<p>${TEXT[lang].why}</p>`);

export const withdrawalTooManyPage = (lang: Lang) => frame(lang, TEXT[lang].title, html`<p role="alert">${TEXT[lang].tooMany}</p>`);

export const withdrawalStylesheet = `body{font:17px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:36rem;margin:2rem auto;padding:0 1rem}
.field{display:flex;flex-direction:column;gap:.25rem}
input{font:inherit;padding:.5rem;border:1px solid #666;border-radius:4px}
input[aria-invalid=true]{border:2px solid #a00000}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#0b4f8a;color:#fff;cursor:pointer}
button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.error,.error-summary{color:#a00000;font-weight:600}
`;
