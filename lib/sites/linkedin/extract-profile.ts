import type { Prospect } from '../../model';
import { readEmbeddedProfile, type EmbeddedProfile } from './embedded-profile';
import { findExperienceSection, readCurrentRole } from './experience';
import { isLabel, labelsFor } from './labels';
import { profileUrlOf, slugOf } from './pages';
import { cleanPersonName, nameFromDocumentTitle } from './person-name';
import { closestMatch, queryEach, queryFirst, visibleText } from './query';
import { cleanText, isConnectionDegree, isPronouns } from './text';
import { toProspect } from './to-prospect';

/** Bullets, connection degrees ("· 2nd", "3:e+") and pronouns ("She/Her") beside the name. */
function isTopCardNoise(text: string): boolean {
  return /^[·•|]*$/.test(text) || isConnectionDegree(text) || isPronouns(text);
}

/** The card to anchor an overlay beside, and the scope of every top-card read. */
export function findProfileTopCard(doc: Document): Element | null {
  const main = queryFirst(doc, 'pageMain');
  return (main && queryFirst(main, 'profileTopCard')) ?? queryFirst(doc, 'profileTopCard');
}

function findContactLink(scope: ParentNode): Element | null {
  const link = queryFirst(scope, 'contactInfoLink');
  if (link) return link;
  // Last resort: a link whose text is "Contact info" in the page's language.
  return queryEach(scope, 'link').find((a) => isLabel('contactInfo', visibleText(a, 80) ?? '')) ?? null;
}

/**
 * The text beside the contact-info link: Ember puts the location `span` and the link's `span`
 * in one row (L1–L6), SDUI puts `<p>location</p><p>·</p><p><a>Contact info</a></p>` (2026-05).
 * Looks two levels up at most, so a missing location never borrows the headline.
 */
function locationBeside(link: Element, card: Element): string | undefined {
  let inner: Element = link;
  for (let row = link.parentElement, depth = 0; row && depth < 2 && row !== card; depth += 1) {
    const texts = Array.from(row.children)
      .filter((child) => child !== inner)
      .map((child) => visibleText(child, 200))
      .filter((text): text is string => !!text && !isTopCardNoise(text) && !isLabel('contactInfo', text));
    if (texts[0]) return texts[0];
    inner = row;
    row = row.parentElement;
  }
  return undefined;
}

/** SDUI headline: the first bare `<p>` after the name that is not a link, pronoun or degree. */
function headlineAfter(heading: Element, card: Element, contactRow: Element | null): string | undefined {
  for (const p of queryEach(card, 'textLine')) {
    const follows = (heading.compareDocumentPosition(p) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (!follows || closestMatch(p, 'link') || queryFirst(p, 'link') || contactRow?.contains(p)) continue;
    const text = visibleText(p, 300);
    if (text && !isTopCardNoise(text)) return text;
  }
  return undefined;
}

/** "Current company: Acme. Click to skip to experience card" (any language) → "Acme". */
export function parseCurrentCompanyLabel(label: string | null | undefined): string | undefined {
  const text = cleanText(label, 400);
  if (!text) return undefined;
  const prefix = labelsFor('currentCompany').find((p) => text.toLocaleLowerCase().startsWith(p.toLocaleLowerCase()));
  if (!prefix) return undefined;
  let rest = text.slice(prefix.length).replace(/^\s*:\s*/, '');
  const lower = rest.toLocaleLowerCase();
  const suffixAt = labelsFor('skipToExperience')
    .map((suffix) => lower.lastIndexOf(suffix.toLocaleLowerCase()))
    .find((at) => at > 0);
  if (suffixAt !== undefined) rest = rest.slice(0, suffixAt);
  else if (rest.lastIndexOf('. ') > 0) rest = rest.slice(0, rest.lastIndexOf('. '));
  return cleanText(rest.trim().replace(/\.$/, ''), 200);
}

function currentCompanyFromLabels(card: Element): string | undefined {
  for (const el of queryEach(card, 'labelledControl')) {
    const company = parseCurrentCompanyLabel(el.getAttribute('aria-label'));
    if (company) return company;
  }
  return undefined;
}

/** The one person a profile page shows; undefined when the page does not show one yet. */
export function extractProfile(doc: Document, url: string): Prospect | undefined {
  const scope: ParentNode = queryFirst(doc, 'pageMain') ?? doc;
  const card = findProfileTopCard(doc);
  const contactLink = findContactLink(card ?? scope);
  // The contact-info link names the displayed profile; the tab URL may be a member-id alias.
  const linkedinUrl = profileUrlOf(contactLink?.getAttribute('href')) ?? profileUrlOf(url);
  const slug = linkedinUrl ? slugOf(linkedinUrl) : undefined;
  // Parsed only when the DOM lacks a field: the JSON blocks run to a megabyte (real L1f).
  let embedded: EmbeddedProfile | undefined;
  const fromEmbedded = (): EmbeddedProfile => (embedded ??= slug ? readEmbeddedProfile(doc, slug) : {});

  const heading = card ? queryFirst(card, 'profileName') : queryFirst(scope, 'profileNameLoose');
  const name =
    cleanPersonName(visibleText(heading, 400)) ?? nameFromDocumentTitle(doc.title) ?? fromEmbedded().name;
  const headline =
    visibleText(card && queryFirst(card, 'profileHeadline'), 300) ??
    (card && heading ? headlineAfter(heading, card, contactLink?.parentElement?.parentElement ?? null) : undefined) ??
    fromEmbedded().headline;
  const location =
    (contactLink && card ? locationBeside(contactLink, card) : undefined) ??
    visibleText(queryFirst(card ?? scope, 'profileLocation'), 200);

  // The whole document: happy-dom parses real L1–L4 with the Experience card outside `main`.
  const experience = findExperienceSection(doc);
  const role = experience ? readCurrentRole(experience) : {};
  const company = role.company ?? (card ? currentCompanyFromLabels(card) : undefined);
  return toProspect({ kind: 'person', name, headline, location, title: role.title, company, linkedinUrl, sourceUrl: url });
}
