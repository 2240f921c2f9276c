import { z } from 'zod';

/** Longest text we keep from any page field: page text is untrusted and unbounded. */
export const MAX_FIELD = 500;

const text = (max = MAX_FIELD) => z.string().trim().min(1).max(max);

export const ProspectSource = z.enum(['linkedin', 'gmail']);
export type ProspectSource = z.infer<typeof ProspectSource>;

/** Facts about a company, as a company page or a signature shows them. */
export const CompanyFacts = z.object({
  name: text(200),
  industry: text(200).optional(),
  sizeBand: text(60).optional(),
  headquarters: text(200).optional(),
  website: text(300).optional(),
  linkedinCompanyUrl: text(300).optional(),
  domain: text(200).optional(),
});
export type CompanyFacts = z.infer<typeof CompanyFacts>;

/**
 * What a site adapter read off a page about one person or company.
 * `linkedinUrl` is always canonical (`https://www.linkedin.com/in/<slug>/`), `email` lower-cased.
 */
export const Prospect = z.object({
  source: ProspectSource,
  kind: z.enum(['person', 'company']),
  name: text(200),
  email: z.email().max(254).optional(),
  linkedinUrl: text(300).optional(),
  title: text(200).optional(),
  company: text(200).optional(),
  companyDomain: text(200).optional(),
  location: text(200).optional(),
  phone: text(60).optional(),
  phones: z.array(text(60)).max(5).optional(),
  website: text(300).optional(),
  headline: text(300).optional(),
  address: text(300).optional(),
  sourceUrl: text(2000),
  /** Company facts when `kind` is 'company' (company pages). */
  companyFacts: CompanyFacts.optional(),
});
export type Prospect = z.infer<typeof Prospect>;
