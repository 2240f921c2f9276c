import type { CompanyFacts, Prospect } from './prospect';
import {
  COMPANY_FACT_LIMITS,
  MAX_EMAIL,
  MAX_PHONE,
  MAX_PHONES,
  PROSPECT_KINDS,
  PROSPECT_SOURCES,
  PROSPECT_TEXT_LIMITS,
} from './prospect-limits';

/** What an adapter read before checking: any field may be missing, empty or too long. */
export type ProspectDraft = { [K in keyof Prospect]?: Prospect[K] | undefined };

/** zod 4's `z.email()` pattern (zod/v4/core/regexes.ts), so both sides agree on an address. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

type Limits = Readonly<Record<string, number>>;

/** The trimmed text when it is 1..max characters long, else undefined. */
function cleanField(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= max ? trimmed : undefined;
}

function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return options.includes(value as T);
}

/** Each text field of `limits` that `draft` holds in bounds; the others are left out. */
function cleanFields(draft: Readonly<Record<string, unknown>>, limits: Limits): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, max] of Object.entries(limits)) {
    const value = cleanField(draft[key], max);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function cleanFacts(facts: CompanyFacts | undefined): CompanyFacts | undefined {
  if (!facts) return undefined;
  const out = cleanFields(facts, COMPANY_FACT_LIMITS);
  return out.name ? (out as CompanyFacts) : undefined;
}

function cleanEmail(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_EMAIL && EMAIL.test(value) ? value : undefined;
}

/**
 * The draft as a `Prospect` the `Prospect` schema accepts, without loading zod (content scripts
 * stay small): text is trimmed, an empty, over-long or malformed optional field is left out,
 * and the whole draft is dropped (undefined) when a required field fails.
 */
export function sanitiseProspect(draft: ProspectDraft): Prospect | undefined {
  const { name, sourceUrl, ...optional } = cleanFields(draft, PROSPECT_TEXT_LIMITS);
  if (!isOneOf(draft.source, PROSPECT_SOURCES) || !isOneOf(draft.kind, PROSPECT_KINDS) || !name || !sourceUrl) return undefined;
  const prospect: Prospect = { source: draft.source, kind: draft.kind, name, ...optional, sourceUrl };
  const email = cleanEmail(draft.email);
  if (email) prospect.email = email;
  const phones = (Array.isArray(draft.phones) ? draft.phones : []).map((p) => cleanField(p, MAX_PHONE)).filter((p): p is string => p !== undefined);
  if (phones.length) prospect.phones = phones.slice(0, MAX_PHONES);
  const facts = cleanFacts(draft.companyFacts);
  if (facts) prospect.companyFacts = facts;
  return prospect;
}
