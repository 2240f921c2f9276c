import { z } from 'zod';
import { type Lead, LeadSource, LeadStatus } from './lead';
import { countYes, isOverdue } from './lead-rules';

export const LeadSort = z.enum(['score', 'lastTouch', 'created', 'name', 'value', 'nextStep']);
export type LeadSort = z.infer<typeof LeadSort>;

/** Filters, sort and page for `lead.list`; every filter narrows, none is required. */
export const LeadQuery = z.object({
  status: z.array(LeadStatus).max(4).optional(),
  stageId: z.string().max(60).optional(),
  source: LeadSource.optional(),
  grade: z.enum(['A', 'B', 'C', 'D']).optional(),
  qualified: z.boolean().optional(),
  overdue: z.boolean().optional(),
  text: z.string().max(200).optional(),
  sort: LeadSort.default('score'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type LeadQuery = z.infer<typeof LeadQuery>;
export type LeadQueryInput = z.input<typeof LeadQuery>;

export interface QueryContext {
  now: number;
  qualifiedMinYes: number;
}

export { countYes, isOverdue };

/** Whether a lead passes every filter of the query (sort and paging aside). */
export function matchesQuery(lead: Lead, query: LeadQuery, ctx: QueryContext): boolean {
  if (query.status && !query.status.includes(lead.status)) return false;
  if (query.stageId && lead.stageId !== query.stageId) return false;
  if (query.source && lead.source !== query.source) return false;
  if (query.grade && lead.score?.grade !== query.grade) return false;
  if (query.qualified !== undefined && (countYes(lead) >= ctx.qualifiedMinYes) !== query.qualified) return false;
  if (query.overdue !== undefined && isOverdue(lead, ctx.now) !== query.overdue) return false;
  const text = query.text?.trim().toLowerCase();
  if (text) {
    const haystack = [lead.name, lead.company, lead.title, lead.email, lead.location, ...lead.tags]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

const SORT_VALUE: Record<LeadSort, (lead: Lead) => number | string> = {
  score: (lead) => lead.score?.total ?? -1,
  lastTouch: (lead) => lead.lastTouchAt,
  created: (lead) => lead.createdAt,
  name: (lead) => lead.name.toLocaleLowerCase(),
  value: (lead) => lead.dealValue ?? -1,
  nextStep: (lead) => lead.nextStepAt ?? Number.MAX_SAFE_INTEGER,
};

/** Orders leads for a query; ties fall back to the lead id so pages are stable. */
export function compareLeads(sort: LeadSort, direction: 'asc' | 'desc') {
  const value = SORT_VALUE[sort];
  const sign = direction === 'asc' ? 1 : -1;
  return (a: Lead, b: Lead): number => {
    const va = value(a);
    const vb = value(b);
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
