import type { Lead, Stage } from '../model';
import { figure, moneyFigure, noData } from './figure';
import type { LeadFacts } from './lead-facts';
import type { Figure, MoneyFigure } from './metrics-schema';
import { daysBetween } from './utc-days';

/** Running sums over all leads, so the figures take one pass whatever the pipeline's size. */
export interface DealTotals {
  openDeals: number;
  openDealsByCurrency: Map<string, number>;
  pipelineValue: Map<string, number>;
  weightedForecast: Map<string, number>;
  wonValueSum: Map<string, number>;
  wonValueCount: Map<string, number>;
  won: number;
  lost: number;
  cycleDaysSum: number;
}

export function emptyDealTotals(): DealTotals {
  return {
    openDeals: 0,
    openDealsByCurrency: new Map(),
    pipelineValue: new Map(),
    weightedForecast: new Map(),
    wonValueSum: new Map(),
    wonValueCount: new Map(),
    won: 0,
    lost: 0,
    cycleDaysSum: 0,
  };
}

/** A close counts for the period when it falls in (periodStart, now]. */
export function addDeal(
  totals: DealTotals,
  lead: Lead,
  facts: LeadFacts,
  stage: Stage | undefined,
  periodStart: number,
  now: number,
): void {
  const value = lead.dealValue;
  const currency = lead.currency;
  if (facts.outcome === 'open') {
    totals.openDeals++;
    bump(totals.openDealsByCurrency, currency, 1);
    if (value === undefined) return;
    bump(totals.pipelineValue, currency, value);
    // A stage missing from the settings (deleted by the user) forecasts nothing rather than guessing.
    bump(totals.weightedForecast, currency, value * (stage?.probability ?? 0));
    return;
  }
  const closedAt = facts.closedAt;
  if (closedAt === undefined || closedAt <= periodStart || closedAt > now) return;
  if (facts.outcome === 'lost') {
    totals.lost++;
    return;
  }
  totals.won++;
  totals.cycleDaysSum += daysBetween(lead.createdAt, closedAt);
  if (value === undefined) return;
  bump(totals.wonValueSum, currency, value);
  bump(totals.wonValueCount, currency, 1);
}

export interface DealFigures {
  openDeals: Figure;
  pipelineValue: MoneyFigure;
  averageDealSize: MoneyFigure;
  winRate: Figure;
  salesCycleDays: Figure;
  salesVelocity: MoneyFigure;
  weightedForecast: MoneyFigure;
}

const NO_WON = 'no deals won in the period';

export function dealFigures(t: DealTotals): DealFigures {
  const averages = new Map<string, number>();
  for (const [currency, sum] of t.wonValueSum) averages.set(currency, sum / (t.wonValueCount.get(currency) ?? 0));
  const closed = t.won + t.lost;
  const winRate = closed === 0 ? noData('no deals closed in the period') : figure(t.won / closed, 'no deals closed in the period');
  const cycle = t.won === 0 ? noData(NO_WON) : figure(t.cycleDaysSum / t.won, NO_WON);
  return {
    openDeals: { value: t.openDeals },
    pipelineValue: moneyFigure(t.pipelineValue, 'no open deal has a value'),
    averageDealSize: moneyFigure(averages, t.won === 0 ? NO_WON : 'no deal won in the period has a value'),
    winRate,
    salesCycleDays: cycle,
    salesVelocity: velocity(t, averages, winRate, cycle),
    weightedForecast: moneyFigure(t.weightedForecast, 'no open deal has a value'),
  };
}

/**
 * open deals × average deal size × win rate / sales cycle, per currency. Open deals are
 * counted in the same currency as the average they multiply; win rate and cycle are not
 * money, so they are shared. The cycle is floored at 1 day: deals won the day they were
 * created would otherwise divide by zero, and "a day" is the figure's unit anyway.
 */
function velocity(t: DealTotals, averages: ReadonlyMap<string, number>, winRate: Figure, cycle: Figure): MoneyFigure {
  if (winRate.value === null) return winRate;
  if (cycle.value === null) return cycle;
  const perDay = new Map<string, number>();
  const days = Math.max(1, cycle.value);
  for (const [currency, average] of averages) {
    perDay.set(currency, ((t.openDealsByCurrency.get(currency) ?? 0) * average * winRate.value) / days);
  }
  return moneyFigure(perDay, 'no deal won in the period has a value');
}

function bump(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}
