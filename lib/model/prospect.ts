import { z } from 'zod';
import { COMPANY_FACT_LIMITS as FACT, MAX_EMAIL, MAX_FIELD, MAX_PHONE, MAX_PHONES, PROSPECT_KINDS, PROSPECT_SOURCES, PROSPECT_TEXT_LIMITS as TEXT } from './prospect-limits';

export { MAX_FIELD } from './prospect-limits';

const text = (max = MAX_FIELD) => z.string().trim().min(1).max(max);

export const ProspectSource = z.enum(PROSPECT_SOURCES);
export type ProspectSource = z.infer<typeof ProspectSource>;

/** Facts about a company, as a company page or a signature shows them. */
export const CompanyFacts = z.object({
  name: text(FACT.name),
  industry: text(FACT.industry).optional(),
  sizeBand: text(FACT.sizeBand).optional(),
  headquarters: text(FACT.headquarters).optional(),
  website: text(FACT.website).optional(),
  linkedinCompanyUrl: text(FACT.linkedinCompanyUrl).optional(),
  domain: text(FACT.domain).optional(),
});
export type CompanyFacts = z.infer<typeof CompanyFacts>;

/**
 * What a site adapter read off a page about one person or company.
 * `linkedinUrl` is always canonical (`https://www.linkedin.com/in/<slug>/`), `email` lower-cased.
 * Content scripts check drafts with `sanitiseProspect` (no zod); the background parses with this.
 */
export const Prospect = z.object({
  source: ProspectSource,
  kind: z.enum(PROSPECT_KINDS),
  name: text(TEXT.name),
  email: z.email().max(MAX_EMAIL).optional(),
  linkedinUrl: text(TEXT.linkedinUrl).optional(),
  title: text(TEXT.title).optional(),
  company: text(TEXT.company).optional(),
  companyDomain: text(TEXT.companyDomain).optional(),
  location: text(TEXT.location).optional(),
  phone: text(TEXT.phone).optional(),
  phones: z.array(text(MAX_PHONE)).max(MAX_PHONES).optional(),
  website: text(TEXT.website).optional(),
  headline: text(TEXT.headline).optional(),
  address: text(TEXT.address).optional(),
  sourceUrl: text(TEXT.sourceUrl),
  /** Company facts when `kind` is 'company' (company pages). */
  companyFacts: CompanyFacts.optional(),
});
export type Prospect = z.infer<typeof Prospect>;
