import type { Prospect } from '../../model';
import { splitHeadline } from './headline';
import { profileUrlOf } from './pages';
import { cleanPersonName } from './person-name';
import { closestMatch, queryEach, queryFirst, selectAll, visibleText } from './query';
import { LINKEDIN_SELECTORS } from './selectors';
import { isConnectionDegree } from './text';
import { toProspect } from './to-prospect';

export interface SearchRow {
  /** The result card, to place a badge in. */
  row: Element;
  prospect: Prospect;
}

/** A page of results holds 10; a long scroll a few dozen. Anything beyond is not a result list. */
const MAX_ROWS = 100;

/** The person's name: the visible twin span of a link to them, the link text, or the photo's alt. */
function readName(row: Element, links: readonly Element[]): string | undefined {
  for (const link of links) {
    const twin = queryFirst(link, 'visibleTwin');
    const text = visibleText(twin, 400) ?? visibleText(link, 400);
    // 2026 cards put "• 2nd" beside the name inside the link.
    const name = cleanPersonName(text?.replace(/\s*[·•].*$/u, ''));
    if (name) return name;
  }
  return cleanPersonName(queryFirst(row, 'photo')?.getAttribute('alt'));
}

/**
 * Headline and location by position for rows without semantic classes (2026): the bare `<p>`s
 * after the name line — 2nd is the headline, 3rd the location (linkedin-spider search.py, 2026-03).
 * Lines holding a profile link (the name, "Kim and 3 other mutual connections") are skipped;
 * if the whole card is one link, only the line that repeats the name is.
 */
function readTextLines(row: Element, name: string | undefined): string[] {
  const lines = queryEach(row, 'textLine');
  const inLink = (p: Element) => {
    const link = closestMatch(p, 'profileLink');
    return (link !== null && row.contains(link)) || queryFirst(p, 'profileLink') !== null;
  };
  const free = lines.filter((p) => !inLink(p));
  return (free.length > 0 ? free : lines)
    .map((p) => visibleText(p, 300))
    .filter((text): text is string => !!text && !isConnectionDegree(text) && !(name && text.startsWith(name)));
}

function readRow(row: Element, sourceUrl: string): Prospect | undefined {
  const allLinks = LINKEDIN_SELECTORS.profileLink.flatMap((selector) => selectAll(row, selector));
  const linkedinUrl = allLinks.map((a) => profileUrlOf(a.getAttribute('href'))).find(Boolean);
  if (!linkedinUrl) return undefined; // "LinkedIn Member" rows link nowhere: nothing to capture.
  const personLinks = allLinks.filter((a) => profileUrlOf(a.getAttribute('href')) === linkedinUrl);
  const name = readName(row, personLinks);
  const lines = readTextLines(row, name);
  const headline = visibleText(queryFirst(row, 'searchHeadline'), 300) ?? lines[0];
  const location = visibleText(queryFirst(row, 'searchLocation'), 200) ?? lines[1];
  const role = splitHeadline(headline);
  return toProspect({
    kind: 'person',
    name,
    headline,
    location,
    title: role?.title,
    company: role?.company,
    linkedinUrl,
    sourceUrl,
  });
}

/**
 * Each people-search result card with the person it shows, for the overlay's badges. Uses the
 * first row selector that yields results; outermost cards only, one per person.
 */
export function readSearchRows(doc: Document, url: string): SearchRow[] {
  const scope: ParentNode = queryFirst(doc, 'pageMain') ?? doc;
  for (const selector of LINKEDIN_SELECTORS.searchRow) {
    const candidates = selectAll(scope, selector).slice(0, MAX_ROWS);
    const outermost = candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
    const seen = new Set<string>();
    const rows: SearchRow[] = [];
    for (const row of outermost) {
      const prospect = readRow(row, url);
      if (!prospect?.linkedinUrl || seen.has(prospect.linkedinUrl)) continue;
      seen.add(prospect.linkedinUrl);
      rows.push({ row, prospect });
    }
    if (rows.length > 0) return rows;
  }
  return [];
}
