// Hash routes (#/check, #/live, #/live/<id>, #/rules, #/admin): the console is static files with no server fallback.
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'check' }
  | { page: 'live' }
  | { page: 'session'; id: string }
  | { page: 'rules'; rule?: string }
  | { page: 'admin' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case 'live': return parts[1] ? { page: 'session', id: parts[1] } : { page: 'live' };
    case 'rules': return { page: 'rules', rule: parts.slice(1).join('/') || undefined };
    case 'admin': return { page: 'admin' };
    default: return { page: 'check' };
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(typeof location !== 'undefined' ? location.hash : ''));
  useEffect(() => {
    const h = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', h);
    return () => window.removeEventListener('hashchange', h);
  }, []);
  return route;
}

export const sessionHref = (id: string) => `#/live/${encodeURIComponent(id)}`;
