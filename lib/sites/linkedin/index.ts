import type { Prospect } from '../../model';
import { extractCompany } from './extract-company';
import { extractProfile, findProfileTopCard } from './extract-profile';
import { readSearchRows, type SearchRow } from './extract-search';
import { linkedInPageKind } from './pages';

export { linkedInPageKind, type LinkedInPageKind } from './pages';
export type { SearchRow } from './extract-search';

/**
 * Every prospect a LinkedIn page shows: the person on a profile, one per people-search result,
 * the company on a company page. Pure: reads only `doc` and `url`; never throws; every result
 * has passed the `Prospect` schema.
 */
export function detectLinkedIn(doc: Document, url: string): Prospect[] {
  try {
    switch (linkedInPageKind(url)) {
      case 'profile':
        return [extractProfile(doc, url)].filter((p): p is Prospect => p !== undefined);
      case 'search-people':
        return readSearchRows(doc, url).map((row) => row.prospect);
      case 'company':
        return [extractCompany(doc, url)].filter((p): p is Prospect => p !== undefined);
      case 'other':
        return [];
    }
  } catch {
    // Odd DOM is "no prospect" for the caller, never an error.
    return [];
  }
}

/** The profile top card, for the overlay to place its card beside; null when there is none. */
export function findProfileAnchor(doc: Document): Element | null {
  try {
    return findProfileTopCard(doc);
  } catch {
    return null;
  }
}

/**
 * Each people-search result card with its prospect, so the content script can badge each row.
 * `url` defaults to the document's own address (the live page's, in the content script).
 */
export function findSearchRows(doc: Document, url?: string): SearchRow[] {
  try {
    return readSearchRows(doc, url ?? doc.URL);
  } catch {
    return [];
  }
}
