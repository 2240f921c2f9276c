// Generated pipelines for the pure-function benchmarks (seeded, so every run is the same).
import type { Activity, Lead } from '../../../lib/model';
// @ts-expect-error -- plain ES module shared with the browser bench, no type declarations
import { generateLeads } from '../seed.mjs';

export const NOW = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const TYPES = ['captured', 'profile_viewed', 'email_received', 'email_sent', 'replied'] as const;

export function leads(count: number): Lead[] {
  return generateLeads(count, NOW) as Lead[];
}

/** About five activities per lead, spread over the last 90 days. */
export function activitiesFor(all: Lead[]): Map<string, Activity[]> {
  const map = new Map<string, Activity[]>();
  all.forEach((lead, i) => {
    map.set(
      lead.id,
      TYPES.map((type, k) => ({ id: `${lead.id}-a${k}`, leadId: lead.id, type, at: NOW - ((i * 7 + k * 13) % 90) * DAY, summary: '' })),
    );
  });
  return map;
}
