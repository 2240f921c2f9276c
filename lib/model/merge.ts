import type { Prospect } from './prospect';
import { canonicalLinkedInUrl, identityKeys, normaliseEmail } from './identity';
import { type Lead, type LeadFields, LEAD_FIELD_KEYS, emptyBant } from './lead';
import type { Stage } from './stage';

/** The lead fields a prospect fills: what a page says about the person, normalised. */
export function fieldsFromProspect(prospect: Prospect): Partial<LeadFields> {
  const facts = prospect.companyFacts;
  const fields: Partial<LeadFields> = {
    name: prospect.name,
    email: normaliseEmail(prospect.email),
    linkedinUrl: canonicalLinkedInUrl(prospect.linkedinUrl),
    title: prospect.title,
    company: prospect.company ?? facts?.name,
    companyDomain: prospect.companyDomain ?? facts?.domain,
    industry: facts?.industry,
    companySize: facts?.sizeBand,
    companyLinkedinUrl: facts?.linkedinCompanyUrl,
    location: prospect.location ?? facts?.headquarters,
    phone: prospect.phone ?? prospect.phones?.[0],
    website: prospect.website ?? facts?.website,
    headline: prospect.headline,
    address: prospect.address,
  };
  return dropEmpty(fields);
}

function dropEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}

export interface NewLeadInput {
  id: string;
  fields: Partial<LeadFields> & { name: string };
  source: Lead['source'];
  sourceUrl?: string;
  stageId: string;
  currency: string;
  now: number;
}

/** A fresh open lead in `stageId`, with identities derived from its fields. */
export function createLead(input: NewLeadInput): Lead {
  const fields = dropEmpty(input.fields) as LeadFields;
  return {
    ...fields,
    id: input.id,
    identities: identityKeys(fields),
    source: input.source,
    sourceUrl: input.sourceUrl,
    stageId: input.stageId,
    stageHistory: [{ stageId: input.stageId, at: input.now }],
    status: 'open',
    bant: emptyBant(),
    currency: input.currency,
    notes: '',
    tags: [],
    editedFields: [],
    createdAt: input.now,
    updatedAt: input.now,
    lastTouchAt: input.now,
  };
}

export interface MergeResult {
  lead: Lead;
  /** Fields whose value this capture set or changed. */
  changed: (keyof LeadFields)[];
}

/**
 * Merges what a capture saw into a known lead: new fields fill gaps, fresher page values replace
 * old page values, and a field the user edited by hand always wins.
 */
export function mergeFields(lead: Lead, incoming: Partial<LeadFields>, now: number): MergeResult {
  const next: Lead = { ...lead };
  const changed: (keyof LeadFields)[] = [];
  for (const key of LEAD_FIELD_KEYS) {
    const value = incoming[key];
    if (value === undefined || value === '') continue;
    if (lead.editedFields.includes(key)) continue;
    // Identity fields only fill gaps: a different address is a second identity, not a correction.
    if ((key === 'email' || key === 'linkedinUrl') && lead[key]) continue;
    if (lead[key] === value) continue;
    (next as Record<string, unknown>)[key] = value;
    changed.push(key);
  }
  next.identities = [...new Set([...lead.identities, ...identityKeys(next)])];
  next.lastTouchAt = Math.max(lead.lastTouchAt, now);
  next.updatedAt = now;
  return { lead: next, changed };
}

/** A user's edit: the values land and the fields are marked as the user's. */
export function applyUserEdit(lead: Lead, edit: Partial<LeadFields>, now: number): Lead {
  const next: Lead = { ...lead, ...dropUndefined(edit), updatedAt: now };
  next.editedFields = [...new Set([...lead.editedFields, ...Object.keys(dropUndefined(edit))])];
  next.identities = [...new Set([...identityKeys(next), ...lead.identities])];
  return next;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Moves a lead to a stage, recording the move; status follows the stage's kind. */
export function moveToStage(lead: Lead, stage: Stage, now: number): Lead {
  if (lead.stageId === stage.id && lead.status !== 'archived') return lead;
  const status = stage.kind === 'open' ? 'open' : stage.kind;
  return {
    ...lead,
    stageId: stage.id,
    stageHistory: [...lead.stageHistory, { stageId: stage.id, at: now }],
    status,
    closedAt: stage.kind === 'open' ? undefined : now,
    lostReason: stage.kind === 'lost' ? lead.lostReason : undefined,
    updatedAt: now,
    lastTouchAt: now,
  };
}
