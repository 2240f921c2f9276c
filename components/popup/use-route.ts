import { useCallback, useSyncExternalStore } from 'react';

export type Route = { view: 'pipeline' | 'health' | 'review' } | { view: 'lead'; id: string };

/** `#/lead/<id>` (the page card's "Open in Pipewell"), `#/health`, `#/review`; anything else is the pipeline. */
export function parseRoute(hash: string): Route {
  const lead = /^#\/lead\/([^/?#]+)/.exec(hash);
  if (lead?.[1]) {
    try {
      return { view: 'lead', id: decodeURIComponent(lead[1]) };
    } catch {
      return { view: 'pipeline' };
    }
  }
  if (hash === '#/health') return { view: 'health' };
  if (hash === '#/review') return { view: 'review' };
  return { view: 'pipeline' };
}

export function routeHash(route: Route): string {
  return route.view === 'lead' ? `#/lead/${encodeURIComponent(route.id)}` : route.view === 'pipeline' ? '#/' : `#/${route.view}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The popup's route, kept in the URL hash so a tab can open straight on a lead. */
export function useRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
