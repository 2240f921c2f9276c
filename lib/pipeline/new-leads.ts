import type { Lead } from '../model';
import { figure, noData } from './figure';
import type { NewLeads } from './metrics-schema';

/**
 * Leads created in (periodStart, now], as a weekly rate, against the user's weekly target.
 * Every lead counts whatever became of it: the figure measures prospecting, not outcomes.
 */
export function countNewLeads(leads: readonly Lead[], periodStart: number, now: number): number {
  let count = 0;
  for (const lead of leads) if (lead.createdAt > periodStart && lead.createdAt <= now) count++;
  return count;
}

export function newLeadsFigure(count: number, periodDays: number, weeklyTarget: number | undefined): NewLeads {
  const perWeek = periodDays > 0 ? figure((count * 7) / periodDays, 'the period is empty') : noData('the period is empty');
  const target = weeklyTarget !== undefined && weeklyTarget > 0 && Number.isFinite(weeklyTarget) ? weeklyTarget : null;
  const ofTarget =
    target === null ? noData('no weekly target set') : perWeek.value === null ? perWeek : figure(perWeek.value / target, 'no weekly target set');
  return { count, perWeek, target, ofTarget };
}
