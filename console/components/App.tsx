/**
 * @module The console's root: signed out (the sign-in form) or signed in (the console itself).
 * On load it asks the server whether this browser has a session (the HttpOnly cookie), so a new
 * tab or a reload stays signed in without asking for the token again.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ConsoleApi, currentIdentity } from '../api/client';
import { ApiFailure } from '../api/failure';
import type { Identity } from '../../core/console-identity';
import { Announcer } from '../announcer';
import { LoadFailed, Loading } from './LoadState';
import { Shell } from './Shell';
import { SignIn } from './SignIn';

const SIGNED_OUT_BY_SERVER = 'Je bent afgemeld: je sessie is verlopen of beëindigd, of je toegangscode is ingetrokken. Meld je opnieuw aan.';

type State =
  | { readonly kind: 'checking' }
  | { readonly kind: 'unreachable'; readonly failure: ApiFailure }
  | { readonly kind: 'signed-out'; readonly notice: string | null }
  | { readonly kind: 'signed-in'; readonly identity: Identity };

export function App() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const signedOut = useCallback((notice: string | null) => setState({ kind: 'signed-out', notice }), []);

  const check = useCallback(() => {
    setState({ kind: 'checking' });
    currentIdentity().then(
      (identity) => setState(identity === null ? { kind: 'signed-out', notice: null } : { kind: 'signed-in', identity }),
      (error: unknown) => {
        const failure = error instanceof ApiFailure ? error : new ApiFailure(0, 'unknown', 'Er ging iets mis. Probeer het opnieuw.');
        setState({ kind: 'unreachable', failure });
      },
    );
  }, []);
  useEffect(check, []);

  const identity = state.kind === 'signed-in' ? state.identity : null;
  const api = useMemo(() => identity && new ConsoleApi(identity.csrfToken ?? '', () => signedOut(SIGNED_OUT_BY_SERVER)), [identity]);

  const signOut = async () => {
    // Signed out on the server first; if that fails, the session simply ends by itself later.
    await api?.signOut().catch(() => undefined);
    signedOut('Je bent afgemeld.');
  };

  return (
    <Announcer>
      {state.kind === 'signed-in' && api !== null ? (
        <Shell api={api} identity={state.identity} onSignOut={signOut} />
      ) : state.kind === 'signed-out' ? (
        <SignIn notice={state.notice} onSignedIn={(signedIn) => setState({ kind: 'signed-in', identity: signedIn })} />
      ) : (
        <main class="page">
          <h1>CyberScan console</h1>
          {state.kind === 'unreachable' ? <LoadFailed failure={state.failure} onRetry={check} /> : <Loading />}
        </main>
      )}
    </Announcer>
  );
}
