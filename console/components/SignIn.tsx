/**
 * @module Signing in with a personal access token (`npm run admin -- token create`). The token is
 * exchanged once for a session cookie and not kept in the page; a password manager may keep it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { signIn } from '../api/client';
import { ApiFailure } from '../api/failure';
import type { Identity } from '../../core/console-identity';

interface SignInProps {
  /** Why the user is here again, after a token stopped working; shown above the form. */
  readonly notice: string | null;
  readonly onSignedIn: (identity: Identity) => void;
}

export function SignIn({ notice, onSignedIn }: SignInProps) {
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Back here after signing out: focus would otherwise be lost with the console that is gone.
  // The field is described by the notice, so a screen reader reads why.
  useEffect(() => {
    if (notice) input.current?.focus();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const token = input.current?.value.trim() ?? '';
    if (token === '') {
      setProblem('Vul je toegangscode in.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      onSignedIn(await signIn(token));
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : null;
      setProblem(failure?.status === 401 ? 'Deze toegangscode is niet geldig of is ingetrokken.' : (failure?.message ?? 'Aanmelden lukte niet.'));
      setBusy(false);
      input.current?.focus();
    }
  };

  const described = ['token-hint', notice ? 'signed-out' : '', problem ? 'sign-in-problem' : ''].filter(Boolean).join(' ');
  return (
    <main class="page sign-in">
      <h1>Aanmelden bij de CyberScan console</h1>
      <p>
        Hier zien regionale netwerken de aanvragen voor een cyberscan die via CyberScan binnenkomen, en de anonieme
        statistieken van hun regio.
      </p>
      {notice && (
        <p class="notice" id="signed-out">
          {notice}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <p class="field">
          <label for="token">Toegangscode</label>
          <span class="hint" id="token-hint">
            Begint met cst_. Je krijgt hem van de beheerder van CyberScan. Je blijft aangemeld in alle tabbladen
            van deze browser tot je je afmeldt, twee uur niets doet of na twaalf uur.
          </span>
          <input
            ref={input}
            id="token"
            type="password"
            name="token"
            autocomplete="current-password"
            spellcheck={false}
            aria-describedby={described}
            aria-invalid={problem ? 'true' : 'false'}
          />
        </p>
        <p class="error" id="sign-in-problem" role="alert">
          {problem}
        </p>
        <p>
          <button type="submit" disabled={busy}>
            {busy ? 'Bezig met aanmelden…' : 'Aanmelden'}
          </button>
        </p>
      </form>
    </main>
  );
}
