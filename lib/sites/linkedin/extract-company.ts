import type { CompanyFacts, Prospect } from '../../model';
import { canonicalLinkedInCompanyUrl } from '../../model/identity';
import { isLabel } from './labels';
import { queryEach, queryFirst, visibleText } from './query';
import { cleanText, parseSizeBand } from './text';
import { toProspect } from './to-prospect';

type FactKey = 'industry' | 'companySize' | 'headquarters' | 'website';
const FACT_KEYS: readonly FactKey[] = ['industry', 'companySize', 'headquarters', 'website'];
type Facts = Partial<Record<FactKey, string>>;

/** An external link as LinkedIn shows it, unwrapped from its `/redir/redirect?url=` hop. */
function websiteOf(dd: Element): string | undefined {
  const href = queryFirst(dd, 'externalLink')?.getAttribute('href') ?? '';
  try {
    const parsed = new URL(href, 'https://www.linkedin.com');
    const target = parsed.hostname.endsWith('linkedin.com') ? parsed.searchParams.get('url') : parsed.href;
    if (target && /^https?:\/\//i.test(target)) return cleanText(target, 300);
  } catch {
    // Fall through to the visible text.
  }
  return visibleText(dd, 300);
}

/**
 * /about/ facts: each `dt` label ("Industry", "Bransch", …) → the first `dd` after it
 * ("Company size" has a second `dd` with associated members, 2024-07-company-about.html).
 */
function readFactList(doc: Document): Facts {
  const facts: Facts = {};
  for (const dt of queryEach(doc, 'companyFactTerm')) {
    const label = visibleText(dt, 100)?.replace(/:$/, '');
    const key = label ? FACT_KEYS.find((k) => isLabel(k, label)) : undefined;
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName.toUpperCase() !== 'DD' && dd.tagName.toUpperCase() !== 'DT') dd = dd.nextElementSibling;
    if (!key || facts[key] || !dd || dd.tagName.toUpperCase() !== 'DD') continue;
    facts[key] = key === 'website' ? websiteOf(dd) : visibleText(dd, 200);
  }
  return facts;
}

/**
 * Home-tab top card, read by shape because its items carry no labels: the first two items
 * without digits are industry and headquarters, the one with a range ("51-200") is the size;
 * followers ("5K followers") have no range (2024-07-company.html; Twenty reads them by index).
 */
function readTopCardInfo(doc: Document): Facts {
  const items = queryEach(doc, 'companyInfoItem')
    .map((el) => visibleText(el, 200))
    .filter((text): text is string => !!text);
  const wordy = items.filter((text) => !/\d/.test(text));
  return { industry: wordy[0], headquarters: wordy[1], companySize: items.find((text) => parseSizeBand(text)) };
}

function domainOf(website: string | undefined): string | undefined {
  if (!website) return undefined;
  try {
    const host = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).hostname;
    return host.replace(/^www\./i, '').toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/** The company a `/company/<slug>/` or `/about/` page shows, with the facts it lists. */
export function extractCompany(doc: Document, url: string): Prospect | undefined {
  const name = cleanText(visibleText(queryFirst(doc, 'companyName'), 200), 200);
  if (!name) return undefined;
  const listed = readFactList(doc);
  const card = readTopCardInfo(doc);
  const website = listed.website;
  const sizeText = listed.companySize ?? card.companySize;
  const companyFacts: CompanyFacts = {
    name,
    industry: listed.industry ?? card.industry,
    sizeBand: sizeText ? (parseSizeBand(sizeText) ?? cleanText(sizeText, 60)) : undefined,
    headquarters: listed.headquarters ?? card.headquarters,
    website,
    linkedinCompanyUrl: canonicalLinkedInCompanyUrl(url),
    domain: domainOf(website),
  };
  return toProspect({
    kind: 'company',
    name,
    website,
    companyDomain: companyFacts.domain,
    location: companyFacts.headquarters,
    companyFacts,
    sourceUrl: url,
  });
}
