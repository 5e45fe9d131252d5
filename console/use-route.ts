/** @module The current console route, following the URL's hash (back, forward, links, reload). */
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type ConsoleRoute } from './route';

export function useRoute(): ConsoleRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
