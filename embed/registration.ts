/**
 * @module "Registreer je site" on /embed (worker/pages/embed-registration.ts): checks the form as
 * the worker will, renders the Turnstile check on first use (widget/referral/turnstile-script.ts
 * loads its script, as in the widget's referral form), sends the registration and, once it is
 * pending, puts the new partner id into the settings, so the code to copy holds it.
 */
import type { ErrorBody } from '../core/contracts';
import { REGISTRATION_MAX, originProblem, type RegistrationRequest, type RegistrationResponse } from '../core/partner-registration';
import { loadTurnstile, type TurnstileApi } from '../widget/referral/turnstile-script';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const FIELDS = ['organisation', 'email', 'origins', 'network'] as const;
type Field = (typeof FIELDS)[number];

/** The origins as typed, one a line, blank lines left out. */
const originsOf = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** What is wrong with each field, in the worker's terms but in Dutch; an empty map when nothing is. */
function problems(request: Omit<RegistrationRequest, 'turnstileToken'>): Map<Field, string> {
  const found = new Map<Field, string>();
  if (request.organisation === '') found.set('organisation', 'Vul de naam van je organisatie in.');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(request.email)) found.set('email', 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.');
  const wrong = request.origins.find((origin) => originProblem(origin) !== null);
  if (request.origins.length === 0) found.set('origins', 'Vul minstens één adres van je website in.');
  else if (request.origins.length > REGISTRATION_MAX.origins) found.set('origins', `Hooguit ${REGISTRATION_MAX.origins} adressen.`);
  else if (wrong !== undefined) found.set('origins', `"${wrong}" is geen adres van een website: begin met https:// en laat het pad weg, zoals https://www.voorbeeld.nl.`);
  return found;
}

function show(found: Map<Field, string>): void {
  for (const name of FIELDS) {
    const message = found.get(name);
    const error = byId(`register-${name}-error`);
    error.textContent = message ?? '';
    error.hidden = message === undefined;
    byId(`register-${name}`).setAttribute('aria-invalid', String(message !== undefined));
  }
  const first = FIELDS.find((name) => found.has(name));
  if (first !== undefined) byId(`register-${first}`).focus();
}

/** The worker's issue paths (`origins.0`) as the form's fields. */
const fieldOf = (path: string): Field | undefined => FIELDS.find((name) => path === name || path.startsWith(`${name}.`));

/** Sets up the registration form; `onRegistered` gets the new partner id. */
export function setUpRegistration(onRegistered: (partnerId: string) => void): void {
  const form = byId<HTMLFormElement>('register-form');
  const problem = byId('register-problem');
  const submit = byId<HTMLButtonElement>('register-submit');
  const { siteKey, scriptUrl } = form.dataset;
  let token: string | undefined;
  let turnstile: Promise<TurnstileApi> | null = null;
  let widget: string | null | undefined;

  const say = (message: string) => {
    problem.textContent = message;
    problem.hidden = message === '';
  };
  const renderCheck = () => {
    if (!siteKey || !scriptUrl) return;
    turnstile ??= loadTurnstile(scriptUrl);
    turnstile.then(
      (api) => {
        if (widget) api.remove(widget);
        token = undefined;
        widget = api.render(byId('register-botcheck'), {
          sitekey: siteKey,
          callback: (fresh) => (token = fresh),
          'error-callback': () => say('De controle tegen misbruik is niet gelukt. Herlaad de pagina en probeer het opnieuw.'),
          'expired-callback': () => (token = undefined),
        });
      },
      () => say('De controle tegen misbruik kon niet laden. Staat er een adblocker aan? Sta dan challenges.cloudflare.com toe en herlaad de pagina.'),
    );
  };
  // Turnstile's script loads only for someone who starts registering, not for every visitor of /embed.
  form.addEventListener('focusin', () => turnstile === null && renderCheck());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say('');
    const data = new FormData(form);
    const request = {
      organisation: String(data.get('organisation') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      origins: originsOf(String(data.get('origins') ?? '')),
      network: String(data.get('network') ?? ''),
    };
    const found = problems(request);
    show(found);
    if (found.size > 0) return;
    if (token === undefined) return say('Wacht even tot de controle tegen misbruik klaar is, en probeer het dan opnieuw.');
    submit.disabled = true;
    try {
      const response = await fetch('/api/v1/registrations', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...request, turnstileToken: token } satisfies RegistrationRequest),
      });
      if (response.status === 201) return done(((await response.json()) as RegistrationResponse).partnerId);
      const { error } = (await response.json()) as ErrorBody;
      const byField = new Map<Field, string>();
      for (const issue of error.issues ?? []) {
        const name = fieldOf(issue.path);
        if (name !== undefined && !byField.has(name)) byField.set(name, issue.message);
      }
      show(byField);
      say(response.status === 429 ? 'Te veel aanmeldingen achter elkaar. Wacht een minuut en probeer het opnieuw.' : `Je aanmelding is niet verstuurd: ${error.message}`);
      renderCheck();
    } catch {
      say('Je aanmelding is niet verstuurd: de server is niet bereikbaar. Probeer het zo opnieuw; wat je invulde blijft staan.');
      renderCheck();
    } finally {
      submit.disabled = false;
    }
  });

  function done(partnerId: string): void {
    form.hidden = true;
    const message = byId('register-done');
    message.textContent = `Je aanmelding is ontvangen. Je partner-id is ${partnerId}; die staat nu in de code bij stap 3. ` +
      'Die code werkt meteen, als niet-geregistreerde site. Zodra je aanmelding is goedgekeurd, krijg je een e-mail met de definitieve code.';
    message.hidden = false;
    message.focus();
    onRegistered(partnerId);
  }
}
