import { DEFAULT_STAGES, type Lead, type Stage, type StageChange } from '../model';
import { findBottleneck } from './bottleneck';
import { addDeal, dealFigures, emptyDealTotals } from './deal-figures';
import { leadFacts } from './lead-facts';
import type { PipelineMetrics } from './metrics-schema';
import { countNewLeads, newLeadsFigure } from './new-leads';
import { createStageFlow } from './stage-flow';
import { DAY_MS } from './utc-days';

export interface MetricsPeriod {
  /** The period ends at `now` and covers this many days before it: (now − days, now]. Not a positive finite number: an empty period. */
  days: number;
}

export interface MetricsOptions {
  /** The user's weekly target for new leads (Settings.weeklyNewLeadTarget). */
  weeklyTarget?: number;
}

/**
 * The pipeline's health as of `now`, per DESIGN.md "Metrics (definitions)". Pure and
 * deterministic; one pass over the leads and their histories (O(total history entries),
 * plus a linear-time median per stage).
 *
 * - `stageHistory[lead.id]` is the lead's history; a lead missing from it falls back to
 *   `lead.stageHistory`.
 * - Period figures (average deal size, win rate, sales cycle, velocity, new leads) use closes
 *   and creations in (now − period.days, now]; open deals, values, forecast, conversion and
 *   time in stage describe the whole pipeline as it stands.
 * - Archived leads are never open deals and never count as won or lost.
 */
export function computeMetrics(
  leads: readonly Lead[],
  stageHistory: Readonly<Record<string, readonly StageChange[]>>,
  now: number,
  period: MetricsPeriod,
  stages: readonly Stage[] = DEFAULT_STAGES,
  options: MetricsOptions = {},
): PipelineMetrics {
  const periodDays = Number.isFinite(period.days) && period.days > 0 ? period.days : 0;
  const periodStart = now - periodDays * DAY_MS;
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const totals = emptyDealTotals();
  const flow = createStageFlow(stages);

  for (const lead of leads) {
    // hasOwn: a lead id such as "constructor" must not pick up Object.prototype's members.
    const history = Object.hasOwn(stageHistory, lead.id) ? stageHistory[lead.id] : undefined;
    const facts = leadFacts(lead, history ?? lead.stageHistory, stageById);
    const stage = stageById.get(lead.stageId);
    addDeal(totals, lead, facts, stage, periodStart, now);
    // An open lead's current stay runs until now; a lead that left the pipeline without a
    // closed-stage entry (archived) stays until it closed, if we know when.
    flow.add(facts.history, facts.outcome === 'open' ? now : lead.closedAt);
  }

  const { stageConversion, timeInStage } = flow.result();
  return {
    at: now,
    periodDays,
    ...dealFigures(totals),
    stageConversion,
    timeInStage,
    bottleneck: findBottleneck(timeInStage, stageConversion),
    newLeads: newLeadsFigure(countNewLeads(leads, periodStart, now), periodDays, options.weeklyTarget),
  };
}
