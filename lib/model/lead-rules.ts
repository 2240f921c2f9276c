import { BANT_KEYS } from './bant-keys';
import type { Lead } from './lead';

/** Rules over a lead that pages read before zod loads (the popup's first paint); no schemas here. */
export function countYes(lead: Pick<Lead, 'bant'>): number {
  return BANT_KEYS.filter((key) => lead.bant[key].answer === 'yes').length;
}

export function isOverdue(lead: Pick<Lead, 'nextStepAt' | 'status'>, now: number): boolean {
  return lead.status === 'open' && lead.nextStepAt !== undefined && lead.nextStepAt < now;
}
