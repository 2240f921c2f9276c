import { canonicalLinkedInUrl } from '../../model/identity';

/**
 * URL → LinkedIn page kind. One classifier per kind, each tested with its own example URLs
 * and against every other kind's (tests/unit/sites/linkedin/pages.test.ts).
 */
export type LinkedInPageKind = 'profile' | 'search-people' | 'company' | 'other';

const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.|m\.)?linkedin\.com$/i;

function linkedInPath(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol) || !LINKEDIN_HOST.test(parsed.hostname)) return undefined;
    return parsed.pathname;
  } catch {
    return undefined;
  }
}

/** `/in/<slug>/`, also with the contact-info (or any) overlay open over it. */
export function isProfile(url: string): boolean {
  const path = linkedInPath(url);
  return !!path && /^\/in\/[^/]+\/?(overlay\/.*)?$/i.test(path);
}

/** `/search/results/people/` with any query. */
export function isPeopleSearch(url: string): boolean {
  const path = linkedInPath(url);
  return !!path && /^\/search\/results\/people\/?$/i.test(path);
}

/** `/company/<slug>/` (home tab) and `/company/<slug>/about/`. */
export function isCompany(url: string): boolean {
  const path = linkedInPath(url);
  return !!path && /^\/company\/[^/]+\/?(about\/?)?$/i.test(path);
}

// `*.` takes in linkedin.com itself, www and the country hosts (se., de., …).
const LINKEDIN_HOST_PATTERN = 'https://*.linkedin.com';
const CARD_PATHS = ['/in/*', '/company/*', '/search/results/people', '/search/results/people/*', '/search/results/people?*'];

/**
 * Match patterns for the pages above, in the manifest's syntax. Wider than the classifiers
 * (`/in/*` takes in a profile's sub-pages, which show no card); never narrower.
 */
export const LINKEDIN_CARD_PAGE_MATCHES = CARD_PATHS.map((path) => LINKEDIN_HOST_PATTERN + path);

/** The kind of LinkedIn page `url` shows; 'other' for everything else, other sites included. */
export function linkedInPageKind(url: string): LinkedInPageKind {
  if (isProfile(url)) return 'profile';
  if (isPeopleSearch(url)) return 'search-people';
  if (isCompany(url)) return 'company';
  return 'other';
}

/** Canonical `https://www.linkedin.com/in/<slug>/` for an href (relative ones resolve on linkedin.com). */
export function profileUrlOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return canonicalLinkedInUrl(new URL(href, 'https://www.linkedin.com').href);
  } catch {
    return undefined;
  }
}

/** The decoded, lower-cased slug of a canonical profile URL. */
export function slugOf(profileUrl: string): string | undefined {
  const match = /\/in\/([^/]+)\/$/.exec(profileUrl);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
