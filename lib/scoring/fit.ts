import type { ScoredLead, ScoringCriterion } from '../model';
import type { CompiledModel } from './compile';
import type { CriterionHit } from './criterion-hit';
import { emailDomain } from './email-domain';

const hit = (c: ScoringCriterion): CriterionHit => ({ criterion: c.id, part: 'fit', label: c.label, points: c.points });

/**
 * Fit: who the lead is. Seniority, industry, size and location each count at most once (the
 * first matching entry of their ordered list); every matching custom rule counts. Appends to `out`.
 */
export function evaluateFit(lead: ScoredLead, m: CompiledModel, out: CriterionHit[]): void {
  const { fit } = m.model;
  // LinkedIn search rows often carry only a headline ("VP Sales at Acme"), so it stands in for a title.
  const title = lead.title?.trim() || lead.headline;
  const seniority = title ? m.seniorityOf(title) : undefined;
  if (seniority) out.push(hit(seniority));
  if (lead.company?.trim()) out.push(hit(fit.company));
  const domain = emailDomain(lead.email);
  if (domain) out.push(hit(m.isFreeMail(domain) ? fit.freeMail : fit.businessEmail));
  const industry = lead.industry ? m.industryOf(lead.industry) : undefined;
  if (industry) out.push(hit(industry));
  const size = lead.companySize ? m.sizeOf(lead.companySize) : undefined;
  if (size) out.push(hit(size));
  const location = lead.location ? m.locationOf(lead.location) : undefined;
  if (location) out.push(hit(location));
  for (const { rule, matches } of m.custom) if (matches(lead)) out.push(hit(rule));
}
