/**
 * @module The console's root: signed out (the sign-in form) or signed in (the console itself).
 * A token kept from earlier in this tab is checked again on load, as it may have been revoked.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { ConsoleApi } from '../api/client';
import type { Identity } from '../../core/console-api';
import { Announcer } from '../announcer';
import { forgetToken, storeToken, storedToken } from '../session';
import { useResource } from '../use-resource';
import { LoadFailed, Loading } from './LoadState';
import { Shell } from './Shell';
import { SignIn } from './SignIn';

const SIGNED_OUT_BY_SERVER = 'Je bent afgemeld: je toegangscode werkt niet meer (ingetrokken of verlopen). Meld je opnieuw aan.';

interface Session {
  readonly token: string;
  readonly identity?: Identity;
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => {
    const token = storedToken();
    return token === null ? null : { token };
  });
  const [notice, setNotice] = useState<string | null>(null);

  const signOut = useCallback((message: string | null) => {
    forgetToken();
    setNotice(message);
    setSession(null);
  }, []);
  const api = useMemo(() => session && new ConsoleApi(session.token, () => signOut(SIGNED_OUT_BY_SERVER)), [session?.token]);

  const signIn = (token: string, identity: Identity) => {
    storeToken(token);
    setNotice(null);
    setSession({ token, identity });
  };

  return (
    <Announcer>
      {session === null || api === null ? (
        <SignIn notice={notice} onSignedIn={signIn} />
      ) : session.identity ? (
        <Shell api={api} identity={session.identity} onSignOut={() => signOut('Je bent afgemeld.')} />
      ) : (
        <Resume api={api} onIdentity={(identity) => setSession({ token: session.token, identity })} />
      )}
    </Announcer>
  );
}

/** After a reload: who the kept token belongs to (a 401 signs out through the api). */
function Resume({ api, onIdentity }: { api: ConsoleApi; onIdentity: (identity: Identity) => void }) {
  const { resource, retry } = useResource('me', () => api.get<Identity>('/me'), () => 'Aangemeld.');
  useEffect(() => {
    if (resource.state === 'loaded') onIdentity(resource.value);
  }, [resource]);
  return (
    <main class="page">
      <h1>CyberScan console</h1>
      {resource.state === 'failed' ? <LoadFailed failure={resource.failure} onRetry={retry} /> : <Loading />}
    </main>
  );
}
