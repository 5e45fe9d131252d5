/**
 * @module "Registreer je site" on /embed: a partner without a partner id registers its site here
 * (embed/registration.ts sends it to POST /api/v1/registrations). The form says how long the
 * contact address is kept, from the configured retention, and works only where Turnstile is
 * configured, since every registration must pass it.
 */
import { html } from 'hono/html';
import { NATIONAL, REGISTRATION_MAX } from '../../core/partner-registration';

/** What the form needs from the deployment: Turnstile (null when not configured) and the retention. */
export interface RegistrationSettings {
  readonly turnstile: { readonly siteKey: string; readonly scriptUrl: string } | null;
  /** Days the contact address is kept (worker/data/registration-retention.ts). */
  readonly retention: { readonly daysAfterClose: number; readonly maxDays: number };
}

const field = (id: string, label: string, hint: string, control: unknown) => html`<p class="field">
<label for="${id}">${label}</label>
<span class="hint" id="${id}-hint">${hint}</span>
<span class="error" id="${id}-error" hidden></span>
${control}
</p>`;

const form = ({ turnstile, retention }: RegistrationSettings) => html`<form id="register-form" novalidate
 data-site-key="${turnstile?.siteKey ?? ''}" data-script-url="${turnstile?.scriptUrl ?? ''}">
${field('register-organisation', 'Organisatie', 'De naam van je gemeente, vereniging of netwerk. Je partner-id wordt daarvan gemaakt.',
  html`<input id="register-organisation" name="organisation" autocomplete="organization" maxlength="${REGISTRATION_MAX.organisation}" required aria-describedby="register-organisation-hint register-organisation-error">`)}
${field('register-email', 'E-mailadres voor contact', `Hierheen sturen we het besluit en de code. We wissen het ${retention.daysAfterClose} dagen na het besluit, en uiterlijk ${retention.maxDays} dagen na je aanmelding.`,
  html`<input id="register-email" name="email" type="email" autocomplete="email" maxlength="${REGISTRATION_MAX.email}" required aria-describedby="register-email-hint register-email-error">`)}
${field('register-origins', 'Adressen van je website', `Eén per regel, met https:// en zonder pad, zoals https://www.voorbeeld.nl. Hooguit ${REGISTRATION_MAX.origins}.`,
  html`<textarea id="register-origins" name="origins" rows="3" spellcheck="false" required aria-describedby="register-origins-hint register-origins-error"></textarea>`)}
${field('register-network', 'Netwerk', 'Het regionale netwerk waar je bij hoort; dat netwerk mag je aanmelding ook goedkeuren. Geen vast netwerk? Kies landelijk: aanvragen gaan dan naar het netwerk bij de postcode.',
  html`<select id="register-network" name="network" aria-describedby="register-network-hint register-network-error register-network-status"><option value="${NATIONAL}">Landelijk (geen vast netwerk)</option></select>
<span class="hint" id="register-network-status" role="status"></span>`)}
<div id="register-botcheck" class="botcheck"></div>
<p class="error" id="register-problem" hidden></p>
<p><button type="submit" id="register-submit"${turnstile === null ? ' disabled' : ''}>Registreer je site</button></p>
${turnstile === null ? html`<p class="notice">Registreren kan hier nu niet: de controle tegen misbruik (Cloudflare Turnstile) is op deze server niet ingesteld. Vraag de beheerder van CyberScan om een partner-id.</p>` : ''}
</form>`;

/** The registration section of /embed. */
export const embedRegistration = (settings: RegistrationSettings) => html`<section class="panel" id="registreer" aria-labelledby="register-title">
<h2 id="register-title">Registreer je site</h2>
<p>Nog geen partner-id? Meld je site hier aan. De beheerder van CyberScan, of het netwerk dat je kiest, keurt je
aanmelding goed; dan krijg je een e-mail met de code. Tot die tijd werkt de code al: als niet-geregistreerde site,
met een extra controle tegen misbruik bij een aanvraag voor een scan.</p>
${form(settings)}
<div id="register-done" class="notice" tabindex="-1" role="status" hidden></div>
</section>`;
