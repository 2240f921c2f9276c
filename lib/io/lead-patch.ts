import { z } from 'zod';
import { identityKeys, Lead, LeadFields, LeadStatus, LEAD_FIELD_KEYS } from '../model';

/** What one import row says about a person: lead fields plus what a CSV can say about the deal. */
export const LeadPatch = LeadFields.partial().extend({
  dealValue: Lead.shape.dealValue,
  currency: Lead.shape.currency.optional(),
  stageId: z.string().min(1).optional(),
  status: LeadStatus.optional(),
  lostReason: Lead.shape.lostReason,
  nextStep: Lead.shape.nextStep,
  notes: z.string().max(20_000).optional(),
  tags: z.array(z.string().max(60)).max(50).optional(),
});
export type LeadPatch = z.infer<typeof LeadPatch>;

// Fields a later row of the same person may fill; stage, status and currency stay the first row's.
const GAP_KEYS = [...LEAD_FIELD_KEYS, 'dealValue', 'lostReason', 'nextStep', 'notes'] as const;

/**
 * `into` with its gaps filled from `from` and the tags of both: when one file holds the same
 * person twice, the earlier row wins a conflict and the later one completes it.
 */
export function fillGaps<T extends LeadPatch | Lead>(into: T, from: LeadPatch): T {
  const next: Record<string, unknown> = { ...into };
  for (const key of GAP_KEYS) {
    const value = from[key];
    if (value !== undefined && value !== '' && (next[key] === undefined || next[key] === '')) next[key] = value;
  }
  if (from.tags?.length) next.tags = [...new Set([...(into.tags ?? []), ...from.tags])].slice(0, 50);
  if ('identities' in into) next.identities = [...new Set([...into.identities, ...identityKeys(next)])];
  return next as T;
}

/** The patch a full lead amounts to, for a Pipewell row that merges into a known lead. */
export function patchFromLead(lead: Lead): LeadPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(LeadPatch.shape)) {
    const value = (lead as Record<string, unknown>)[key];
    if (value !== undefined && value !== '') patch[key] = value;
  }
  return patch as LeadPatch;
}
