/**
 * @module The local stand-in for Turnstile's `api.js`: the same explicit-render API
 * (`turnstile.render(container, { sitekey, callback, 'error-callback' })`, `reset`, `remove`,
 * `getResponse`) the referral step uses. The always-pass test site key hands the callback a token
 * at once; the always-fail one calls `error-callback`; any other key fails the same way, as an
 * unknown site key does on Cloudflare.
 */
import { TURNSTILE_TEST_KEYS } from '../../core/turnstile-test-keys';

/** Plain ES2015, served as is: it runs on the partner's page, outside any build. */
export const turnstileStandInScript = `(() => {
  const PASS = ${JSON.stringify(TURNSTILE_TEST_KEYS.passSiteKey)};
  const widgets = new Map();
  let next = 0;
  const run = (id) => {
    const w = widgets.get(id);
    if (!w) return;
    const passed = w.params.sitekey === PASS;
    w.token = passed ? 'standin-' + Math.random().toString(36).slice(2) : undefined;
    w.box.textContent = passed ? 'Bot-controle geslaagd (lokale vervanger)' : 'Bot-controle mislukt (lokale vervanger)';
    w.box.dataset.state = passed ? 'passed' : 'failed';
    setTimeout(() => {
      if (passed) w.params.callback && w.params.callback(w.token);
      else w.params['error-callback'] && w.params['error-callback']('standin-failed');
    }, 0);
  };
  window.turnstile = {
    render(container, params) {
      const element = typeof container === 'string' ? document.querySelector(container) : container;
      if (!element) return undefined;
      const id = 'standin-' + next++;
      const box = document.createElement('div');
      box.setAttribute('data-turnstile-standin', id);
      box.setAttribute('role', 'status');
      element.appendChild(box);
      widgets.set(id, { params: params || {}, box, token: undefined });
      run(id);
      return id;
    },
    reset(id) { run(id); },
    remove(id) { const w = widgets.get(id); if (w) { w.box.remove(); widgets.delete(id); } },
    getResponse(id) { const w = widgets.get(id); return w && w.token; },
    ready(callback) { callback(); },
  };
  const onload = new URL(document.currentScript ? document.currentScript.src : location.href).searchParams.get('onload');
  if (onload && typeof window[onload] === 'function') window[onload]();
})();
`;
