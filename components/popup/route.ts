// The popup's routes, without React: the first paint reads them before React loads.

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
