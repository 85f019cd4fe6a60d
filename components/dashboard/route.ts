/** The dashboard's pages as URL hashes, so the back button and bookmarks work. */
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { page: 'accounts' }
  | { page: 'account'; accountId: string }
  | { page: 'settings' }
  | { page: 'data' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/u, '');
  const [page, id] = path.split('/');
  if (page === 'account' && id) return { page: 'account', accountId: decodeURIComponent(id) };
  if (page === 'settings') return { page: 'settings' };
  if (page === 'data') return { page: 'data' };
  return { page: 'accounts' };
}

export function routeHref(route: Route): string {
  return route.page === 'account'
    ? `#/account/${encodeURIComponent(route.accountId)}`
    : `#/${route.page}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
