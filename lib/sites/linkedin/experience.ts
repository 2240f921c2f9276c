import { isLabel } from './labels';
import { closestMatch, queryEach, queryFirst, selectAll, visibleText } from './query';
import { LINKEDIN_SELECTORS } from './selectors';
import { cleanText, hasYear, isCurrentDateRange, isEmploymentType, splitDotLine } from './text';

export interface CurrentRole {
  title?: string;
  company?: string;
}

/** Strings an entry shows before its description: title, company, dates, location. */
const HEAD_STRINGS = 5;

function isExperienceHeading(heading: Element): boolean {
  const texts = [visibleText(heading, 100), cleanText(heading.textContent, 100)];
  for (const twin of queryEach(heading, 'visibleTwin')) texts.push(visibleText(twin, 100));
  return texts.some((text) => text !== undefined && isLabel('experience', text));
}

/**
 * The Experience card only: "People also viewed", "Highlights" ("Ask for an introduction")
 * and similar cards reuse the entry markup (real L2, L4, L5 — Twenty's unscoped selector
 * reads them as job titles). Found by componentkey, the `#experience` anchor, or its heading.
 */
export function findExperienceSection(scope: ParentNode): Element | null {
  const keyed = queryFirst(scope, 'experienceSection');
  if (keyed) return keyed;
  const anchor = queryFirst(scope, 'experienceAnchor');
  const anchored = anchor ? (closestMatch(anchor, 'card') ?? anchor.parentElement) : null;
  if (anchored) return anchored;
  for (const selector of LINKEDIN_SELECTORS.sectionHeading) {
    for (const heading of selectAll(scope, selector)) {
      if (isExperienceHeading(heading)) return closestMatch(heading, 'card') ?? heading.parentElement;
    }
  }
  return null;
}

/** Whether a match of `selector` sits between `node` and `entry` (a twin inside a twin). */
function isNestedMatch(node: Element, selector: string, entry: Element): boolean {
  for (let up = node.parentElement; up && up !== entry; up = up.parentElement) {
    if (up.matches(selector)) return true;
  }
  return false;
}

/** Visible strings of `entry` in reading order, leaving out those inside `exclude`. */
function entryStrings(entry: Element, exclude: readonly Element[]): string[] {
  let best: string[] = [];
  for (const selector of LINKEDIN_SELECTORS.entryText) {
    const strings = selectAll(entry, selector)
      .filter((node) => !exclude.some((outer) => outer.contains(node)) && !isNestedMatch(node, selector, entry))
      .map((node) => visibleText(node, 300))
      .filter((text): text is string => text !== undefined && !/^[\s·•|,]*$/.test(text));
    // A lone "·" twin span must not hide the `<p>`s that hold the entry (SDUI).
    if (strings.length >= 2) return strings.slice(0, HEAD_STRINGS);
    if (strings.length > best.length) best = strings;
  }
  return best.slice(0, HEAD_STRINGS);
}

/** "Acme · Full-time" → "Acme"; "Full-time · 2 yrs" or a date line → no company. */
function companyFromLine(line: string | undefined): string | undefined {
  if (!line || hasYear(line)) return undefined;
  const [first] = splitDotLine(line);
  return first && !isEmploymentType(first) ? first : undefined;
}

/** A role counts as current when its date range runs to "Present", or it shows no dates. */
function isCurrent(strings: readonly string[]): boolean {
  return strings.some(isCurrentDateRange) || !strings.some(hasYear);
}

/**
 * Title and company of the first, current position. A single role reads
 * [title, "Company · Full-time", dates, location]; a company group reads
 * [company, "Full-time · 5 yrs"] with its roles nested below (real L2, L4).
 */
export function readCurrentRole(section: Element): CurrentRole {
  const entry = queryFirst(section, 'experienceEntry');
  if (!entry) return {};
  const subs = queryEach(entry, 'experienceEntry').filter((sub) => sub !== entry);
  const own = entryStrings(entry, subs);
  const [firstSub] = subs;
  if (!own.some(hasYear) && firstSub) {
    const role = entryStrings(firstSub, queryEach(firstSub, 'experienceEntry').filter((s) => s !== firstSub));
    if (!isCurrent(role)) return {};
    return { title: cleanText(role[0], 200), company: cleanText(own[0], 200) };
  }
  if (!isCurrent(own)) return {};
  return { title: cleanText(own[0], 200), company: cleanText(companyFromLine(own[1]), 200) };
}
