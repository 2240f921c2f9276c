/**
 * The bounds of a `Prospect`, shared by its zod schema (`prospect.ts`) and the zod-free
 * sanitiser the content scripts use (`sanitise-prospect.ts`): one table, so they cannot drift.
 */

/** Longest text we keep from any page field: page text is untrusted and unbounded. */
export const MAX_FIELD = 500;

export const PROSPECT_SOURCES = ['linkedin', 'gmail'] as const;
export const PROSPECT_KINDS = ['person', 'company'] as const;

/** Longest value, after trimming, of each text field of a prospect. */
export const PROSPECT_TEXT_LIMITS = {
  name: 200,
  linkedinUrl: 300,
  title: 200,
  company: 200,
  companyDomain: 200,
  location: 200,
  phone: 60,
  website: 300,
  headline: 300,
  address: 300,
  sourceUrl: 2000,
} as const;

/** Longest value of each company fact; `name` is required when there are facts at all. */
export const COMPANY_FACT_LIMITS = {
  name: 200,
  industry: 200,
  sizeBand: 60,
  headquarters: 200,
  website: 300,
  linkedinCompanyUrl: 300,
  domain: 200,
} as const;

export const MAX_EMAIL = 254;
export const MAX_PHONES = 5;
export const MAX_PHONE = PROSPECT_TEXT_LIMITS.phone;
